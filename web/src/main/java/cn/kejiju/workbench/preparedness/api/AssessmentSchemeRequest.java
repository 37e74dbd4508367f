package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.preparedness.AssessmentCriterion;
import cn.kejiju.workbench.preparedness.AssessmentScheme;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;

/** A year's criteria set of the township assessment as the administrator sets it. */
@Schema(name = "AssessmentSchemeRequest")
public class AssessmentSchemeRequest {

    @Schema(description = "The version read; absent the first time a year gets a set of its own")
    public Long version;

    @Schema(description = "优秀 from this total (default 90)", example = "90")
    public Integer excellentFrom;

    @Schema(description = "达标 from this total (default 60); below: 不达标", example = "60")
    public Integer passFrom;

    @NotNull
    @Size(max = AssessmentScheme.CRITERIA_MAX)
    @Valid
    public List<AssessmentCriterionRequest> criteria;

    List<AssessmentCriterion> criteria() {
        List<AssessmentCriterion> result = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            AssessmentCriterionRequest c = criteria.get(i);
            String field = "criteria[" + i + "]";
            if (c == null) {
                throw new cn.kejiju.workbench.shared.RuleViolationException("field.required", field);
            }
            result.add(new AssessmentCriterion(c.code, c.name, c.maxScore, c.source, c.fullAt, field));
        }
        return result;
    }
}
