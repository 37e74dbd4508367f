package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.preparedness.AssessmentOverview;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Every township of a year, ranked within its county. */
@Schema(name = "TownshipAssessmentOverview", description = "The year's set (bands), then each township of the "
        + "caller's counties (or the county chosen) by county, rank (ties share it; incomplete ones last, unranked)")
public record AssessmentOverviewResponse(int year, int excellentFrom, int passFrom,
                                         List<TownshipAssessmentResponse> townships) {

    static AssessmentOverviewResponse of(AssessmentOverview o) {
        return new AssessmentOverviewResponse(o.year(), o.scheme().getExcellentFrom(), o.scheme().getPassFrom(),
                o.rows().stream().map(r -> TownshipAssessmentResponse.of(r, false)).toList());
    }
}
