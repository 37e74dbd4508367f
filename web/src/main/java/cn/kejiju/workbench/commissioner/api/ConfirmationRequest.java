package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.AssignmentService;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** One side of the tripartite agreement (三方协议) confirms it. */
@Schema(name = "AgreementConfirmationRequest")
public class ConfirmationRequest {

    @Schema(required = true, description = "COMMISSIONER or TARGET")
    @NotNull
    public AssignmentService.Side side;

    @Schema(description = "Day of confirmation, not in the future; today when left out")
    public LocalDate on;

    @Schema(description = "The version read", required = true)
    @NotNull
    public Long version;
}
