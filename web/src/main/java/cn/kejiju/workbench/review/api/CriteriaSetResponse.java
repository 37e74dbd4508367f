package cn.kejiju.workbench.review.api;

import cn.kejiju.workbench.review.CriteriaSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** A set of review criteria with the highest total it allows. */
@Schema(name = "ReviewCriteriaSet")
public record CriteriaSetResponse(long id, String code, String name, List<ReviewResponse.CriterionResponse> criteria,
                                  BigDecimal maxTotal) {

    public static CriteriaSetResponse of(CriteriaSet s) {
        return new CriteriaSetResponse(s.getId(), s.getCode(), s.getName(),
                s.getCriteria().stream().map(ReviewResponse.CriterionResponse::of).toList(), s.maxTotal());
    }
}
