package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.Assignment;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Dispatches a commissioner to a demand: opens the assignment for the demand's target. */
@Schema(name = "DispatchRequest")
public class DispatchRequest {

    @Schema(description = "The demand's version read", required = true)
    @NotNull
    public Long version;

    @Schema(required = true)
    @NotNull
    public Long commissionerId;

    @Schema(required = true)
    @NotNull
    public LocalDate startDate;

    @Schema(required = true)
    @NotNull
    public LocalDate endDate;

    @Schema(required = true)
    @NotBlank
    @Size(max = Assignment.GOALS_MAX)
    public String goals;
}
