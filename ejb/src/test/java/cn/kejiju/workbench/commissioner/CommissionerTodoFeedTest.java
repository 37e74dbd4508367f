package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.Stubs;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.todo.TodoDraft;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What falls due by date: unconfirmed agreements, assignments ending within 30 days, and from October the quota. */
class CommissionerTodoFeedTest {

    private static final LocalDate JUNE = Fixtures.TODAY;
    private static final LocalDate OCTOBER = LocalDate.of(2026, 10, 1);

    private final Fixtures f = new Fixtures();
    private final List<Object[]> endingAsked = new ArrayList<>();
    private final List<Object[]> figuresAsked = new ArrayList<>();

    private CommissionerTodoFeed feed(List<Assignment> unconfirmed, List<Assignment> ending,
                                      List<Commissioner> serving, Map<Long, ServiceFigures> figures) {
        CommissionerTodoFeed feed = new CommissionerTodoFeed();
        feed.assignments = Stubs.of(AssignmentRepository.class, new ArrayList<>(), Map.<String, Function<Object[], Object>>of(
                "unconfirmed", args -> unconfirmed,
                "ending", args -> {
                    endingAsked.add(args);
                    return ending;
                }));
        feed.commissioners = Stubs.of(CommissionerRepository.class, new ArrayList<>(), Map.<String, Function<Object[], Object>>of(
                "settings", args -> f.settings,
                "servingDuring", args -> serving));
        feed.logs = Stubs.of(ServiceLogRepository.class, new ArrayList<>(), Map.<String, Function<Object[], Object>>of(
                "approvedFigures", args -> {
                    figuresAsked.add(args);
                    return figures;
                }));
        return feed;
    }

    private Assignment assignment(String name, LocalDate start, LocalDate end) {
        return f.assignment(f.commissioner(name), f.village, start, end);
    }

    @Test
    void everyKindOfItemCarriesTheFeedsPrefixSoTheRefreshCanRetireWhatIsNoLongerDue() {
        CommissionerTodoFeed feed = feed(List.of(), List.of(), List.of(), Map.of());

        assertEquals("commissioner.due.", feed.kindPrefix());
        for (String kind : List.of(CommissionerTodoFeed.AGREEMENT_UNCONFIRMED, CommissionerTodoFeed.ASSIGNMENT_ENDING,
                CommissionerTodoFeed.BELOW_QUOTA)) {
            assertTrue(kind.startsWith(feed.kindPrefix()), kind);
        }
    }

    @Test
    void anUnconfirmedAgreementOfAnActiveAssignmentIsDueAMonthAfterItsStartForTheClerks() {
        Assignment active = assignment("张伟", LocalDate.of(2026, 6, 1), LocalDate.of(2027, 5, 31));
        Assignment ended = assignment("李明", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 29));

        List<TodoDraft> due = feed(List.of(active, ended), List.of(), List.of(), Map.of()).due(JUNE);

        assertEquals(1, due.size());
        TodoDraft item = due.get(0);
        assertEquals(CommissionerTodoFeed.AGREEMENT_UNCONFIRMED, item.kind());
        assertEquals(String.valueOf(active.getId()), item.recordId());
        assertEquals(f.county.getId(), item.countyId());
        assertEquals(Roles.COMMISSIONER_CLERK, item.role());
        assertEquals(LocalDate.of(2026, 7, 1), item.dueOn());
        assertEquals("/commissioner/assignment.xhtml?id=" + active.getId(), item.link());
        assertEquals(List.of("张伟", "东坑村"), item.arguments());
    }

    @Test
    void anAssignmentEndingWithinThirtyDaysIsDueOnItsEndDate() {
        Assignment ending = assignment("张伟", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 20));

        List<TodoDraft> due = feed(List.of(), List.of(ending), List.of(), Map.of()).due(JUNE);

        assertEquals(List.of(JUNE, JUNE.plusDays(30)), List.of(endingAsked.get(0)));
        assertEquals(1, due.size());
        assertEquals(CommissionerTodoFeed.ASSIGNMENT_ENDING, due.get(0).kind());
        assertEquals(LocalDate.of(2026, 7, 20), due.get(0).dueOn());
        assertEquals(List.of("张伟", "东坑村", "2026-07-20"), due.get(0).arguments());
    }

    @Test
    void beforeOctoberTheQuotaIsNotAskedAbout() {
        Commissioner idle = f.commissioner("张伟");

        List<TodoDraft> due = feed(List.of(), List.of(), List.of(idle), Map.of()).due(LocalDate.of(2026, 9, 30));

        assertTrue(due.isEmpty());
        assertTrue(figuresAsked.isEmpty());
    }

    @Test
    void fromOctoberACommissionerShortOfTheQuotaIsDueAtYearEndAndOneWhoMetItIsNot() {
        Commissioner idle = f.commissioner("张伟");
        Commissioner byVisits = f.commissioner("李明");
        Commissioner byDays = f.commissioner("王芳");
        Map<Long, ServiceFigures> figures = Map.of(
                byVisits.getId(), new ServiceFigures(12, new BigDecimal("6"), 0, null),
                byDays.getId(), new ServiceFigures(3, new BigDecimal("30"), 0, null));

        List<TodoDraft> due = feed(List.of(), List.of(), List.of(idle, byVisits, byDays), figures).due(OCTOBER);

        assertEquals(1, due.size());
        TodoDraft item = due.get(0);
        assertEquals(CommissionerTodoFeed.BELOW_QUOTA, item.kind());
        assertEquals(String.valueOf(idle.getId()), item.recordId());
        assertEquals(LocalDate.of(2026, 12, 31), item.dueOn());
        assertEquals(List.of("张伟", "0", "0", "10", "25"), item.arguments(), "the quota pro-rated to March–December");
        assertEquals(LocalDate.of(2026, 1, 1), figuresAsked.get(0)[2]);
        assertEquals(LocalDate.of(2026, 12, 31), figuresAsked.get(0)[3]);
    }

    @Test
    void aCommissionerWhoseServiceEndedIsNotChasedForTheQuota() {
        Commissioner ended = f.commissioner("张伟");
        ended.end(LocalDate.of(2026, 6, 30), 0, Fixtures.CLOCK);

        List<TodoDraft> due = feed(List.of(), List.of(), List.of(ended), Map.of()).due(OCTOBER);

        assertFalse(ended.isActive());
        assertTrue(due.isEmpty());
    }
}
