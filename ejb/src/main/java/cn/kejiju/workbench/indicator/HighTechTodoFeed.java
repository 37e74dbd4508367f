package cn.kejiju.workbench.indicator;

import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.todo.TodoDraft;
import cn.kejiju.workbench.todo.TodoFeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;

/**
 * The projects clerks' high-tech reminders, from the certificates held in master data: one item per enterprise
 * whose certificate runs out within six months (renewal due, 复审), and one per enterprise whose certificate ran
 * out in the last six months (expired). A new certificate moves the day, so the item resolves itself; the
 * recognition resolves it at once. One query for both.
 */
@ApplicationScoped
public class HighTechTodoFeed implements TodoFeed {

    static final String PREFIX = "indicator.highTech.";
    static final String RENEWAL_DUE = PREFIX + "renewalDue";
    static final String EXPIRED = PREFIX + "expired";
    static final String RECORD_TYPE = "Enterprise";

    @Inject
    IndicatorRepository indicators;

    @Override
    public String kindPrefix() {
        return PREFIX;
    }

    @Override
    public List<TodoDraft> due(LocalDate today) {
        LocalDate from = today.minusMonths(HighTechValidity.RENEWAL_MONTHS);
        LocalDate to = today.plusMonths(HighTechValidity.RENEWAL_MONTHS).minusDays(1);
        return indicators.certificatesEnding(from, to).stream().map(e -> reminder(e, today)).toList();
    }

    /** The reminder of an enterprise whose certificate is due for renewal or expired on the day. */
    static TodoDraft reminder(Enterprise enterprise, LocalDate today) {
        LocalDate until = enterprise.highTech().orElseThrow().validUntil();
        boolean expired = HighTechValidity.on(until, today) == HighTechValidity.State.EXPIRED;
        String kind = expired ? EXPIRED : RENEWAL_DUE;
        return TodoDraft.of(kind, RECORD_TYPE, enterprise.getId())
                .county(enterprise.getCounty())
                .role(Roles.PROJECT_CLERK)
                .message("todo." + kind, enterprise.getName(), enterprise.highTech().orElseThrow().number(), until)
                .link("/indicator/enterprise.xhtml?id=" + enterprise.getId())
                .dueOn(until)
                .build();
    }
}
