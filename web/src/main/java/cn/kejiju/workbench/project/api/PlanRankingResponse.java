package cn.kejiju.workbench.project.api;

import cn.kejiju.workbench.financing.Yuan;
import cn.kejiju.workbench.project.PlanService;
import cn.kejiju.workbench.project.PlanStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The ranking of a call's reviewed projects in one county, highest average first. */
@Schema(name = "CountyPlanRanking")
public record PlanRankingResponse(List<Row> items) {

    /** A ranked project. */
    @Schema(name = "CountyPlanRankingRow")
    public record Row(Integer rank, @Schema(description = "Two decimals; null while unscored") String average,
                      long id, String title, ProjectRef lead, String requested, String granted, PlanStatus status) {
        static Row of(PlanService.Ranked r) {
            return new Row(r.rank(), r.average() == null ? null : r.average().toPlainString(), r.project().getId(),
                    r.project().getTitle(), ProjectRef.of(r.project().getLead()),
                    Yuan.plain(r.project().getBudget().getRequested()),
                    r.project().grant().map(Yuan::plain).orElse(null), r.project().getStatus());
        }
    }
}
