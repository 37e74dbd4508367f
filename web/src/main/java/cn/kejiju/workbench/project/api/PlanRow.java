package cn.kejiju.workbench.project.api;

import cn.kejiju.workbench.financing.Yuan;
import cn.kejiju.workbench.project.PlanProject;
import cn.kejiju.workbench.project.PlanStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A county plan project as a list shows it. Money as decimal strings (yuan). */
@Schema(name = "CountyPlanRow")
public record PlanRow(long id, long version, String title, ProjectRef lead, ProjectRef county, long callId,
                      String callTitle, int year, String requested,
                      @Schema(description = "Yuan; once decided to fund") String granted,
                      @Schema(description = "Yuan paid so far") String paid, PlanStatus status,
                      @Schema(description = "The earliest open due day under contract") LocalDate nextDue,
                      @Schema(description = "A milestone, the mid-term check or the acceptance is past due") boolean overdue) {

    static PlanRow of(PlanProject p, LocalDate today) {
        return new PlanRow(p.getId(), p.getVersion(), p.getTitle(), ProjectRef.of(p.getLead()),
                ProjectRef.of(p.getCounty()), p.getCall().getId(), p.getCall().getTitle(), p.getYear(),
                Yuan.plain(p.getBudget().getRequested()), p.grant().map(Yuan::plain).orElse(null),
                Yuan.plain(p.getPaid()), p.getStatus(), p.nextDue().orElse(null), p.overdueOn(today));
    }
}
