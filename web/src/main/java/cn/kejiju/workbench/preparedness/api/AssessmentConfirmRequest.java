package cn.kejiju.workbench.preparedness.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A leader's confirmation of a township's year as it was read. */
@Schema(name = "TownshipAssessmentConfirmation")
public class AssessmentConfirmRequest {

    @Schema(required = true, example = "2026")
    @NotNull
    public Integer year;

    @Schema(required = true, description = "The version read: an assessment changed since is refused with 409")
    @NotNull
    public Long version;
}
