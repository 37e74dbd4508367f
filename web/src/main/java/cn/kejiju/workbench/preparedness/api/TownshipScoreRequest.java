package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.preparedness.CriterionScore;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** One criterion's score of a township's year. */
@Schema(name = "TownshipScoreRequest")
public class TownshipScoreRequest {

    @Schema(required = true, example = "organisation")
    public String code;

    @Schema(description = "0 to the criterion's maximum, steps of 0.1", example = "18.5")
    public BigDecimal score;

    @Schema(description = "Required for a manual criterion", example = "成立防震减灾工作领导小组，年初部署")
    @Size(max = CriterionScore.EVIDENCE_MAX)
    public String evidence;

    @Schema(description = "Required when a pre-filled score is changed")
    @Size(max = CriterionScore.REASON_MAX)
    public String reason;
}
