package cn.kejiju.workbench.review.api;

import cn.kejiju.workbench.review.CriteriaSet;
import cn.kejiju.workbench.review.Criterion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A new criteria set: a code, a name and the criteria in order, each with its highest score. */
@Schema(name = "ReviewCriteriaSetRequest")
public class CriteriaSetRequest {

    @Schema(required = true, example = "plan-2027")
    @NotBlank
    @Size(max = CriteriaSet.CODE_MAX)
    public String code;

    @Schema(required = true, example = "2027年县级科技计划评审标准")
    @NotBlank
    @Size(max = CriteriaSet.NAME_MAX)
    public String name;

    @NotEmpty
    @Size(max = CriteriaSet.CRITERIA_MAX)
    @Valid
    public List<Item> criteria;

    /** One criterion. */
    @Schema(name = "ReviewCriterionRequest")
    public static class Item {

        @Schema(required = true, example = "技术先进性")
        @NotBlank
        @Size(max = Criterion.NAME_MAX)
        public String name;

        @Schema(required = true, description = "Highest score, at most one decimal", example = "30")
        @NotNull
        public BigDecimal maxScore;
    }

    CriteriaSet toSet() {
        List<Criterion> list = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            list.add(new Criterion(i + 1, criteria.get(i).name, criteria.get(i).maxScore));
        }
        return new CriteriaSet(code, name, list);
    }
}
