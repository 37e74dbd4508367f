package cn.kejiju.workbench.commissioner.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The satisfaction (满意度, 0–100) a target gave its commissioner in a year, per assignment. */
@Schema(name = "SatisfactionRatingRequest")
public class RatingRequest {

    @Schema(required = true)
    @NotNull
    public Long assignmentId;

    @Schema(required = true)
    @NotNull
    public Integer year;

    @Schema(required = true, description = "0 to 100")
    @NotNull
    public Integer score;
}
