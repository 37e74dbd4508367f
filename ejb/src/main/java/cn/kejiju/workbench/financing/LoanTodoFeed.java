package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.todo.TodoDraft;
import cn.kejiju.workbench.todo.TodoFeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The loans' to-dos for the county's financing clerks, asked for by the hourly refresh: an instalment falling due
 * within {@value #DAYS_AHEAD} days (还款提醒), and a loan past due (逾期), one item per loan, opening the loan. Two
 * statements whatever the number of loans (the loans with an instalment not paid in full due by then, and their
 * instalments).
 */
@ApplicationScoped
public class LoanTodoFeed implements TodoFeed {

    static final String PREFIX = "financing.due.";
    static final String INSTALMENT_DUE = PREFIX + "instalmentDue";
    static final String OVERDUE = PREFIX + "overdue";
    static final int DAYS_AHEAD = 7;

    @Inject
    LoanRepository loans;

    @Override
    public String kindPrefix() {
        return PREFIX;
    }

    @Override
    public List<TodoDraft> due(LocalDate today) {
        List<TodoDraft> due = new ArrayList<>();
        for (Loan loan : loans.dueBy(today.plusDays(DAYS_AHEAD))) {
            reminder(loan, today).ifPresent(due::add);
        }
        return due;
    }

    /** The loan's reminder on the day: overdue, an instalment due within the week, or none. */
    static java.util.Optional<TodoDraft> reminder(Loan loan, LocalDate today) {
        return loan.nextDue().filter(next -> !next.getDueOn().isAfter(today.plusDays(DAYS_AHEAD))).map(next -> {
            boolean overdue = next.getDueOn().isBefore(today);
            String kind = overdue ? OVERDUE : INSTALMENT_DUE;
            TodoDraft.Builder draft = TodoDraft.of(kind, LoanService.RECORD, loan.getId()).county(loan.getCounty())
                    .role(Roles.FINANCING_CLERK).link("/financing/loan.xhtml?id=" + loan.getId()).dueOn(next.getDueOn());
            if (overdue) {
                draft.message("todo." + kind, loan.getEnterprise().getName(), next.getDueOn(),
                        ChronoUnit.DAYS.between(next.getDueOn(), today), Yuan.format(loan.dueBy(today.minusDays(1))));
            } else {
                draft.message("todo." + kind, loan.getEnterprise().getName(), next.getNumber(), next.getDueOn(),
                        Yuan.format(next.owed()));
            }
            return draft.build();
        });
    }
}
