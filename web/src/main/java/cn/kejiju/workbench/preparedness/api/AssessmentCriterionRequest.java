package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.preparedness.AssessmentCriterion;
import cn.kejiju.workbench.preparedness.PrefillSource;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One criterion of a year's township assessment as the administrator sets it. */
@Schema(name = "AssessmentCriterionRequest")
public class AssessmentCriterionRequest {

    @Schema(required = true, example = "publicity", description = "Letters and digits, starting with a small letter")
    @Size(max = AssessmentCriterion.CODE_MAX)
    public String code;

    @Schema(required = true, example = "宣传活动")
    @Size(max = AssessmentCriterion.NAME_MAX)
    public String name;

    @Schema(required = true, example = "25")
    public Integer maxScore;

    @Schema(description = "Where the score is pre-filled from; MANUAL (default) for none")
    public PrefillSource source;

    @Schema(description = "With a source other than MANUAL: the count that earns full marks", example = "4")
    public Integer fullAt;
}
