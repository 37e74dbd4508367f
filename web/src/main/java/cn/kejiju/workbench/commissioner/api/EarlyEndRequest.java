package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.Assignment;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Ends an assignment before its end date; the reason is required (422 naming {@code endReason} without it). */
@Schema(name = "AssignmentEndRequest")
public class EarlyEndRequest {

    @Schema(required = true, description = "Within the period and before the end date")
    public LocalDate on;

    @Schema(required = true)
    @Size(max = Assignment.REASON_MAX)
    public String reason;

    @Schema(description = "The version read", required = true)
    @NotNull
    public Long version;
}
