package cn.kejiju.workbench.project;

import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.todo.TodoDraft;
import cn.kejiju.workbench.todo.TodoFeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The project clerks' reminders ({@link ProjectReminders}): an application still being prepared when its call closes
 * within {@value ProjectReminders#CALL_CLOSING_DAYS} days (申报截止), a contracted project's mid-term report and its
 * acceptance due within {@value ProjectReminders#DUE_DAYS} days or overdue. Each is for the project clerks of the
 * application's county and opens the application; two queries a refresh.
 */
@ApplicationScoped
public class ProjectReminderFeed implements TodoFeed {

    static final String PREFIX = "project.reminder.";
    static final String CALL_CLOSING = PREFIX + "callClosing";
    static final String MID_TERM_DUE = PREFIX + "midTermDue";
    static final String ACCEPTANCE_DUE = PREFIX + "acceptanceDue";

    @Inject
    ProjectRepository applications;

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
        return due;
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
