package cn.kejiju.workbench.project;

import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.todo.TodoDraft;
import cn.kejiju.workbench.todo.TodoFeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The project clerks' reminders ({@link ProjectReminders}): an application still being prepared when its call closes
 * within {@value ProjectReminders#CALL_CLOSING_DAYS} days (申报截止), a contracted project's mid-term report and its
 * acceptance due within {@value ProjectReminders#DUE_DAYS} days or overdue; and, by the same rule, the county plan's
 * projects under contract: each undone milestone, the mid-term check and the acceptance due within
 * {@value ProjectReminders#DUE_DAYS} days or overdue (the earliest of them is the project's {@code next_due}). Each is
 * for the project clerks of the record's county and opens it; an item is about one thing due, so it resolves once
 * that thing is recorded ({@link PlanService} resolves it at once, the hourly refresh otherwise). Four queries a
 * refresh.
 */
@ApplicationScoped
public class ProjectReminderFeed implements TodoFeed {

    static final String PREFIX = "project.reminder.";
    static final String CALL_CLOSING = PREFIX + "callClosing";
    static final String MID_TERM_DUE = PREFIX + "midTermDue";
    static final String ACCEPTANCE_DUE = PREFIX + "acceptanceDue";
    static final String PLAN_MILESTONE_DUE = PREFIX + "planMilestoneDue";
    static final String PLAN_MID_TERM_DUE = PREFIX + "planMidTermDue";
    static final String PLAN_ACCEPTANCE_DUE = PREFIX + "planAcceptanceDue";

    @Inject
    ProjectRepository applications;

    @Inject
    PlanRepository plans;

    @Override
    public String kindPrefix() {
        return PREFIX;
    }

    @Override
    public List<TodoDraft> due(LocalDate today) {
        List<TodoDraft> due = new ArrayList<>();
        for (ProjectApplication a : applications.preparingInCallsClosing(today,
                today.plusDays(ProjectReminders.CALL_CLOSING_DAYS))) {
            due.add(draft(CALL_CLOSING, a, a.getCall().getClosesOn()));
        }
        for (ProjectApplication a : applications.dueBy(today.plusDays(ProjectReminders.DUE_DAYS))) {
            LocalDate midTerm = a.midTermDue().orElse(null);
            if (a.getStatus() == ProjectStatus.CONTRACTED && midTerm != null
                    && ProjectReminders.dueSoon(midTerm, today)) {
                due.add(draft(MID_TERM_DUE, a, midTerm));
            }
            LocalDate acceptance = a.acceptanceDue().orElse(null);
            if (acceptance != null && ProjectReminders.dueSoon(acceptance, today)) {
                due.add(draft(ACCEPTANCE_DUE, a, acceptance));
            }
        }
        due.addAll(planDue(today));
        return due;
    }

    private List<TodoDraft> planDue(LocalDate today) {
        LocalDate by = today.plusDays(ProjectReminders.DUE_DAYS);
        List<TodoDraft> due = new ArrayList<>();
        Map<Long, PlanProject> projects = new HashMap<>();
        for (PlanProject p : plans.dueBy(by)) {
            projects.put(p.getId(), p);
            LocalDate midTerm = p.midTermDue().orElse(null);
            if (p.getStatus() == PlanStatus.CONTRACTED && midTerm != null && ProjectReminders.dueSoon(midTerm, today)) {
                due.add(planDraft(PLAN_MID_TERM_DUE, p, p.getId(), midTerm, null));
            }
            LocalDate acceptance = p.acceptanceDue().orElse(null);
            if (acceptance != null && ProjectReminders.dueSoon(acceptance, today)) {
                due.add(planDraft(PLAN_ACCEPTANCE_DUE, p, p.getId(), acceptance, null));
            }
        }
        for (PlanRepository.DueMilestone m : plans.milestonesDueBy(by)) {
            PlanProject p = projects.get(m.projectId());
            if (p != null) {
                due.add(planDraft(PLAN_MILESTONE_DUE, p, milestoneKey(m.projectId(), m.index()), m.dueOn(),
                        m.description()));
            }
        }
        return due;
    }

    /** The record id of a milestone's item: the project's id and the milestone's place in the contract. */
    static String milestoneKey(long projectId, int index) {
        return projectId + "-" + index;
    }

    static TodoDraft planDraft(String kind, PlanProject p, Object key, LocalDate dueOn, String milestone) {
        return TodoDraft.of(kind, PlanService.RECORD, key)
                .county(p.getCounty())
                .role(Roles.PROJECT_CLERK)
                .message("todo." + kind, p.getTitle(), p.getLead().getName(), dueOn.toString(),
                        milestone == null ? "" : milestone)
                .link("/project/county-plan-project.xhtml?id=" + p.getId())
                .dueOn(dueOn)
                .build();
    }

    static TodoDraft draft(String kind, ProjectApplication a, LocalDate dueOn) {
        return TodoDraft.of(kind, ProjectService.RECORD, a.getId())
                .county(a.getCounty())
                .role(Roles.PROJECT_CLERK)
                .message("todo." + kind, a.getTitle(), a.getLead().getName(), dueOn.toString())
                .link("/project/application.xhtml?id=" + a.getId())
                .dueOn(dueOn)
                .build();
    }
}
