package cn.kejiju.workbench.commissioner.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A leader confirms a commissioner's year. */
@Schema(name = "AssessmentConfirmationRequest")
public class AssessmentConfirmationRequest {

    @Schema(required = true)
    @NotNull
    public Long commissionerId;

    @Schema(required = true)
    @NotNull
    public Integer year;
}
