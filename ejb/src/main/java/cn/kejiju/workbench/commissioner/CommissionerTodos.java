package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.todo.TodoDraft;
import cn.kejiju.workbench.todo.TodoService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * What the commissioner programme puts on users' to-do lists (待办) as its records change: a submitted
 * log awaits its county's leaders, a rejected one goes back to the clerks, an agreement not yet
 * confirmed by both sides stays on the clerks' list until it is. Items that fall due by date are
 * reported by {@link CommissionerTodoFeed}; the logs awaiting review are also reconciled by
 * {@link CommissionerReviewFeed}.
 */
@Dependent
public class CommissionerTodos {

    static final String LOG_REJECTED = "commissioner.logRejected";

    @Inject
    TodoService todos;

    void agreementChanged(Assignment assignment) {
        if (assignment.isActiveOn(assignment.getStartDate()) && !assignment.isAgreementConfirmed()) {
            todos.raise(CommissionerTodoFeed.agreementUnconfirmed(assignment));
        } else {
            todos.resolve(CommissionerTodoFeed.AGREEMENT_UNCONFIRMED, AssignmentService.RECORD, assignment.getId());
        }
    }

    void assignmentEnded(Assignment assignment) {
        todos.resolve(CommissionerTodoFeed.AGREEMENT_UNCONFIRMED, AssignmentService.RECORD, assignment.getId());
        todos.resolve(CommissionerTodoFeed.ASSIGNMENT_ENDING, AssignmentService.RECORD, assignment.getId());
    }

    void logSubmitted(ServiceLog log) {
        todos.resolve(LOG_REJECTED, ServiceLogService.RECORD, log.getId());
        todos.raise(CommissionerReviewFeed.awaitingApproval(log));
    }

    void logReviewed(ServiceLog log) {
        todos.resolve(CommissionerReviewFeed.LOG_AWAITING_APPROVAL, ServiceLogService.RECORD, log.getId());
        if (log.getStatus() == LogStatus.REJECTED) {
            todos.raise(TodoDraft.of(LOG_REJECTED, ServiceLogService.RECORD, log.getId())
                    .county(log.getCounty())
                    .role(Roles.COMMISSIONER_CLERK)
                    .message(log.getCommissioner().getKind().worded("todo." + LOG_REJECTED),
                            log.getCommissioner().getName(), log.getServiceDate(),
                            log.rejectionReason().orElse(""))
                    .link("/commissioner/log.xhtml?id=" + log.getId())
                    .build());
        }
    }
}
