package cn.kejiju.workbench.project.api;

import cn.kejiju.workbench.financing.Yuan;
import cn.kejiju.workbench.project.PlanService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A county call's budget as it stands. Money as decimal strings (yuan). */
@Schema(name = "CountyPlanBudget")
public record PlanBudgetResponse(long callId, String title,
                                 @Schema(description = "Yuan; null when the call has none") String budget,
                                 @Schema(description = "Grants held by projects decided to fund, not withdrawn") String committed,
                                 @Schema(description = "What is left to grant") String headroom,
                                 String capPerProject) {

    static PlanBudgetResponse of(PlanService.BudgetState s) {
        return new PlanBudgetResponse(s.call().getId(), s.call().getTitle(),
                s.call().getBudget() == null ? null : Yuan.plain(s.call().getBudget()), Yuan.plain(s.committed()),
                s.headroom() == null ? null : Yuan.plain(s.headroom()), Yuan.plain(s.call().getCapPerProject()));
    }
}
