package cn.kejiju.workbench.commissioner.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Ends a commissioner's posting: the version read and the day (today when left out). */
@Schema(name = "CommissionerEndRequest")
public class CommissionerEndRequest {

    @Schema(description = "The version read", required = true)
    @NotNull
    public Long version;

    @Schema(description = "Day the posting ends; today when left out")
    public LocalDate endedOn;
}
