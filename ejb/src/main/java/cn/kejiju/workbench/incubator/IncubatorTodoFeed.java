package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.todo.TodoDraft;
import cn.kejiju.workbench.todo.TodoFeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The incubator's to-do items that fall due by date, asked for by the hourly refresh: an incubation within
 * {@value IncubationPeriod#WARN_DAYS} days of the end of its period, and one whose period has run out, for
 * the county's incubator clerks. The period is {@code workbench.incubator.period-months} (48) from the first
 * entry, longer for the industries in {@code workbench.incubator.period-months-by-industry}
 * ({@code 生物医药:60,集成电路设计:60,现代农业:60} by default). One query whatever the number of tenants.
 */
@ApplicationScoped
public class IncubatorTodoFeed implements TodoFeed {

    static final String PREFIX = "incubator.due.";
    static final String PERIOD_ENDING = PREFIX + "periodEnding";
    static final String PERIOD_RUN_OUT = PREFIX + "periodRunOut";
    static final String RECORD = "Incubatee";

    @Inject
    TenancyRepository tenancies;

    @Inject
    @ConfigProperty(name = "workbench.incubator.period-months", defaultValue = "48")
    int months;

    @Inject
    @ConfigProperty(name = "workbench.incubator.period-months-by-industry",
            defaultValue = "生物医药:60,集成电路设计:60,现代农业:60")
    String byIndustry;

    @Override
    public String kindPrefix() {
        return PREFIX;
    }

    @Override
    public List<TodoDraft> due(LocalDate today) {
        IncubationPeriod period = IncubationPeriod.parse(months, byIndustry);
        List<TodoDraft> due = new ArrayList<>();
        for (RunningIncubation running : tenancies.running()) {
            IncubationPeriod.Stage stage = period.stageOn(today, running.enteredOn(), running.industry());
            if (stage == IncubationPeriod.Stage.RUNNING) {
                continue;
            }
            String kind = stage == IncubationPeriod.Stage.ENDING ? PERIOD_ENDING : PERIOD_RUN_OUT;
            LocalDate last = period.lastDay(running.enteredOn(), running.industry());
            due.add(TodoDraft.of(kind, RECORD, running.incubateeId())
                    .countyId(running.countyId())
                    .role(Roles.INCUBATOR_CLERK)
                    .message("todo." + kind, running.enterprise(), running.enteredOn(), last,
                            period.monthsFor(running.industry()))
                    .link("/incubator/agreement.xhtml?id=" + running.agreementId())
                    .dueOn(last)
                    .build());
        }
        return due;
    }
}
