package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.todo.TodoDraft;
import cn.kejiju.workbench.todo.TodoFeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The commissioner programme's to-do items that fall due by date or by counting, asked for by the
 * hourly refresh: agreements not yet confirmed by both sides, assignments ending within 30 days, and
 * in the last quarter the commissioners still short of the year's quota. Each is one or two set-based
 * queries, whatever the number of records.
 */
@ApplicationScoped
public class CommissionerTodoFeed implements TodoFeed {

    static final String PREFIX = "commissioner.due.";
    static final String AGREEMENT_UNCONFIRMED = PREFIX + "agreementUnconfirmed";
    static final String ASSIGNMENT_ENDING = PREFIX + "assignmentEnding";
    static final String BELOW_QUOTA = PREFIX + "belowQuota";
    static final int ENDING_WITHIN_DAYS = 30;

    @Inject
    AssignmentRepository assignments;

    @Inject
    CommissionerRepository commissioners;

    @Inject
    ServiceLogRepository logs;

    @Override
    public String kindPrefix() {
        return PREFIX;
    }

    @Override
    public List<TodoDraft> due(LocalDate today) {
        List<TodoDraft> due = new ArrayList<>();
        assignments.unconfirmed().stream().filter(a -> a.isActiveOn(today))
                .map(CommissionerTodoFeed::agreementUnconfirmed).forEach(due::add);
        for (Assignment ending : assignments.ending(today, today.plusDays(ENDING_WITHIN_DAYS))) {
            due.add(TodoDraft.of(ASSIGNMENT_ENDING, AssignmentService.RECORD, ending.getId())
                    .county(ending.getCounty())
                    .role(Roles.COMMISSIONER_CLERK)
                    .message(ending.getCommissioner().getKind().worded("todo." + ASSIGNMENT_ENDING),
                            ending.getCommissioner().getName(),
                            ending.getTarget().getName(), ending.getEndDate())
                    .link("/commissioner/assignment.xhtml?id=" + ending.getId())
                    .dueOn(ending.getEndDate())
                    .build());
        }
        if (today.getMonthValue() >= Month.OCTOBER.getValue()) {
            due.addAll(belowQuota(today));
        }
        return due;
    }

    /**
     * Commissioners serving this year whose approved logs do not yet meet the quota pro-rated to their months
     * in post (as the assessment judges them; those too briefly in post to be graded are left out); due at
     * year end.
     */
    private List<TodoDraft> belowQuota(LocalDate today) {
        LocalDate from = LocalDate.of(today.getYear(), 1, 1);
        LocalDate yearEnd = LocalDate.of(today.getYear(), 12, 31);
        CommissionerSettings settings = commissioners.settings();
        Map<Long, ServiceFigures> figures = logs.approvedFigures(null, null, from, yearEnd);
        List<TodoDraft> short_ = new ArrayList<>();
        for (Commissioner commissioner : commissioners.servingDuring(null, from, yearEnd)) {
            if (!commissioner.isActive()) {
                continue;
            }
            ServiceFigures f = figures.getOrDefault(commissioner.getId(), ServiceFigures.none());
            int months = commissioner.monthsServedIn(today.getYear());
            AssessmentScore score = settings.score(f, months);
            if (score.assessed() && !score.quotaMet()) {
                short_.add(TodoDraft.of(BELOW_QUOTA, CommissionerService.RECORD, commissioner.getId())
                        .county(commissioner.getCounty())
                        .role(Roles.COMMISSIONER_CLERK)
                        .message(commissioner.getKind().worded("todo." + BELOW_QUOTA), commissioner.getName(), f.visits(), f.days().toPlainString(),
                                CommissionerSettings.prorated(settings.getQuotaVisits(), months),
                                CommissionerSettings.prorated(settings.getQuotaDays(), months))
                        .link("/commissioner/detail.xhtml?id=" + commissioner.getId())
                        .dueOn(yearEnd)
                        .build());
            }
        }
        return short_;
    }

    static TodoDraft agreementUnconfirmed(Assignment assignment) {
        return TodoDraft.of(AGREEMENT_UNCONFIRMED, AssignmentService.RECORD, assignment.getId())
                .county(assignment.getCounty())
                .role(Roles.COMMISSIONER_CLERK)
                .message(assignment.getCommissioner().getKind().worded("todo." + AGREEMENT_UNCONFIRMED),
                        assignment.getCommissioner().getName(),
                        assignment.getTarget().getName())
                .link("/commissioner/assignment.xhtml?id=" + assignment.getId())
                .dueOn(assignment.getStartDate().plusDays(30))
                .build();
    }
}
