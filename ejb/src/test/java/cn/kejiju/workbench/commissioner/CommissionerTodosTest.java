package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.todo.TodoDraft;
import cn.kejiju.workbench.todo.TodoItem;
import cn.kejiju.workbench.todo.TodoService;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** As records change, their to-do items are raised for the right people and resolved when done. */
class CommissionerTodosTest {

    private final Fixtures f = new Fixtures();
    private final List<TodoDraft> raised = new ArrayList<>();
    private final List<String> resolved = new ArrayList<>();
    private final CommissionerTodos todos = new CommissionerTodos();

    CommissionerTodosTest() {
        todos.todos = new TodoService() {
            @Override
            public TodoItem raise(TodoDraft draft) {
                raised.add(draft);
                return null;
            }

            @Override
            public boolean resolve(String kind, String recordType, Object recordId) {
                resolved.add(kind + "|" + recordType + "|" + recordId);
                return true;
            }
        };
    }

    private Assignment assignment() {
        return f.assignment(f.commissioner("张伟"), f.village, LocalDate.of(2026, 6, 1), LocalDate.of(2027, 5, 31));
    }

    private ServiceLog log(Assignment assignment) {
        return Fixtures.withId(new ServiceLog(assignment, new LogContent(LocalDate.of(2026, 6, 20), ServiceKind.ON_SITE_GUIDANCE,
                BigDecimal.ONE, 0, 0, new BigDecimal("1.5"), "现场指导茶园管理", List.of()), "clerk", Fixtures.CLOCK));
    }

    @Test
    void anAgreementNotYetConfirmedByBothSidesIsRaisedAndOnceConfirmedResolved() {
        Assignment assignment = assignment();

        todos.agreementChanged(assignment);
        assignment.confirmByCommissioner(LocalDate.of(2026, 6, 2), Fixtures.CLOCK);
        assignment.confirmByTarget(LocalDate.of(2026, 6, 3), Fixtures.CLOCK);
        todos.agreementChanged(assignment);

        assertEquals(List.of(CommissionerTodoFeed.AGREEMENT_UNCONFIRMED), raised.stream().map(TodoDraft::kind).toList());
        assertEquals(List.of(CommissionerTodoFeed.AGREEMENT_UNCONFIRMED + "|" + AssignmentService.RECORD + "|"
                + assignment.getId()), resolved);
    }

    @Test
    void anEndedAssignmentLeavesNeitherItsAgreementNorItsEndingOnAnyList() {
        Assignment assignment = assignment();

        todos.assignmentEnded(assignment);

        assertTrue(raised.isEmpty());
        assertEquals(List.of(
                CommissionerTodoFeed.AGREEMENT_UNCONFIRMED + "|" + AssignmentService.RECORD + "|" + assignment.getId(),
                CommissionerTodoFeed.ASSIGNMENT_ENDING + "|" + AssignmentService.RECORD + "|" + assignment.getId()),
                resolved);
    }

    @Test
    void aSubmittedLogAwaitsItsCountysLeadersAndNoLongerCountsAsRejected() {
        ServiceLog log = log(assignment());

        todos.logSubmitted(log);

        assertEquals(List.of(CommissionerTodos.LOG_REJECTED + "|" + ServiceLogService.RECORD + "|" + log.getId()),
                resolved);
        TodoDraft item = raised.get(0);
        assertEquals(CommissionerReviewFeed.LOG_AWAITING_APPROVAL, item.kind());
        assertEquals(Roles.LEADER, item.role());
        assertEquals(f.county.getId(), item.countyId());
        assertEquals("/commissioner/log.xhtml?id=" + log.getId(), item.link(), "the item opens its record");
        assertEquals(List.of("张伟", "东坑村", "2026-06-20"), item.arguments());
    }

    @Test
    void aRejectedLogGoesBackToTheClerksWithTheReasonAndAnApprovedOneRaisesNothing() {
        ServiceLog rejected = log(assignment());
        ServiceLog approved = log(assignment());
        rejected.reject("照片不清晰", "leader", Fixtures.CLOCK);
        approved.approve("leader", Fixtures.CLOCK);

        todos.logReviewed(rejected);
        todos.logReviewed(approved);

        assertEquals(2, resolved.size());
        assertTrue(resolved.stream().allMatch(r -> r.startsWith(CommissionerReviewFeed.LOG_AWAITING_APPROVAL + "|")));
        assertEquals(1, raised.size());
        TodoDraft item = raised.get(0);
        assertEquals(CommissionerTodos.LOG_REJECTED, item.kind());
        assertEquals(Roles.COMMISSIONER_CLERK, item.role());
        assertEquals("/commissioner/log.xhtml?id=" + rejected.getId(), item.link());
        assertEquals("照片不清晰", item.arguments().get(2));
    }
}
