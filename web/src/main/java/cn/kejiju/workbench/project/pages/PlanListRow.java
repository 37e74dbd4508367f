package cn.kejiju.workbench.project.pages;

import cn.kejiju.workbench.financing.Yuan;
import cn.kejiju.workbench.project.PlanProject;
import cn.kejiju.workbench.project.PlanStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A county plan project as the list page shows it: amounts in 万元, the overdue flag. */
public record PlanListRow(long id, String title, String lead, String county, String call, int year,
                          BigDecimal requestedWan, BigDecimal grantedWan, BigDecimal paidWan, PlanStatus status,
                          LocalDate nextDue, boolean overdue) implements Serializable {

    PlanListRow(PlanProject p, LocalDate today) {
        this(p.getId(), p.getTitle(), p.getLead().getName(), p.getCounty().getName(), p.getCall().getTitle(),
                p.getYear(), Yuan.wan(p.getBudget().getRequested()), p.grant().map(Yuan::wan).orElse(null),
                Yuan.wan(p.getPaid()), p.getStatus(), p.nextDue().orElse(null), p.overdueOn(today));
    }

    public long getId() {
        return id;
    }
}
