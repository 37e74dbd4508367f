package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.AsSystemAdmin;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.TestData;
import cn.kejiju.workbench.todo.TodoDraft;
import cn.kejiju.workbench.todo.TodoRefresh;
import cn.kejiju.workbench.todo.TodoRepository;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The figures the programme reports, computed in the database over a history the test writes itself:
 * statistics of a period (differences before and after, so other data does not matter), a
 * commissioner's assessment figures, and the items of the to-do feed.
 */
@ExtendWith(ArquillianExtension.class)
class CommissionerFiguresIT {

    private static final long YUNLING = 3;
    private static final long TEA_HILL_TOWNSHIP = 23;
    private static final long VILLAGE_A = 24;
    private static final long VILLAGE_B = 25;
    private static final StatisticsPeriod YEAR_2024 = StatisticsPeriod.year(2024);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(CommissionerFiguresIT.class, CommissionerFixtures.class, AsSystemAdmin.class,
                TestData.class);
    }

    @Inject
    CommissionerFixtures fixtures;

    @Inject
    StatisticsService statistics;

    @Inject
    AssessmentService assessments;

    @Inject
    CommissionerTodoFeed feed;

    @Inject
    TodoRefresh refresh;

    @Inject
    TodoRepository todos;

    @Inject
    AsSystemAdmin asAdmin;

    private CommissionerStatistics statistics2024() throws Exception {
        return asAdmin.call(() -> statistics.of(YEAR_2024));
    }

    private static long serving(List<CommissionerStatistics.Breakdown> rows, String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow().serving();
    }

    private static long newOnes(List<CommissionerStatistics.Breakdown> rows, String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow().newInPeriod();
    }

    private static long targets(CommissionerStatistics s, TargetKind kind) {
        return s.targetsServed().stream().filter(c -> c.key().equals(kind.name())).findFirst().orElseThrow().count();
    }

    @Test
    void aVarietyIntroducedToTwoVillagesCountsOnceAsAVarietyAndTwiceAsAnIntroduction() throws Exception {
        CommissionerStatistics before = statistics2024();
        String variety = TestData.uniqueName("金萱");
        String technology = TestData.uniqueName("绿色防控");
        long commissioner = fixtures.commissioner(YUNLING, TestData.uniqueName("统计"), ServiceField.AGRICULTURE,
                DispatchLevel.CITY, LocalDate.of(2024, 2, 1));
        long villageA = fixtures.village(TEA_HILL_TOWNSHIP, TestData.uniqueName("甲村"));
        long villageB = fixtures.village(TEA_HILL_TOWNSHIP, TestData.uniqueName("乙村"));
        long inA = fixtures.assignment(commissioner, villageA, LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28));
        long inB = fixtures.assignment(commissioner, villageB, LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28));
        fixtures.log(inA, LocalDate.of(2024, 4, 10), ServiceKind.VARIETY_INTRODUCTION, "1.5", 0, "12.3456",
                List.of(variety), List.of(technology), LogStatus.APPROVED);
        fixtures.log(inB, LocalDate.of(2024, 5, 10), ServiceKind.VARIETY_INTRODUCTION, "1", 0, "0.5",
                List.of(variety), List.of(), LogStatus.APPROVED);
        fixtures.log(inA, LocalDate.of(2024, 6, 10), ServiceKind.TRAINING, "0.5", 40, "0", List.of(), List.of(),
                LogStatus.APPROVED);
        // not counted: rejected, awaiting review, outside the period
        fixtures.log(inA, LocalDate.of(2024, 7, 10), ServiceKind.TRAINING, "1", 100, "0", List.of(), List.of(),
                LogStatus.REJECTED);
        fixtures.log(inB, LocalDate.of(2024, 8, 10), ServiceKind.TRAINING, "1", 100, "0", List.of(), List.of(),
                LogStatus.SUBMITTED);
        fixtures.log(inB, LocalDate.of(2025, 1, 10), ServiceKind.TRAINING, "1", 100, "0", List.of(), List.of(),
                LogStatus.APPROVED);

        CommissionerStatistics after = statistics2024();
        assertEquals(3, after.visits() - before.visits(), "approved visits of the period");
        assertEquals(0, new BigDecimal("3.0").compareTo(after.serviceDays().subtract(before.serviceDays())));
        assertEquals(1, after.trainings() - before.trainings());
        assertEquals(40, after.peopleTrained() - before.peopleTrained());
        assertEquals(1, after.varietiesDistinct() - before.varietiesDistinct(), "one variety");
        assertEquals(2, after.varietyIntroductions() - before.varietyIntroductions(), "introduced twice");
        assertEquals(1, after.technologiesDistinct() - before.technologiesDistinct());
        assertEquals(1, after.technologyIntroductions() - before.technologyIntroductions());
        assertEquals(0, new BigDecimal("12.8456").compareTo(after.income().subtract(before.income())), "exact income");
        assertEquals(2, targets(after, TargetKind.VILLAGE) - targets(before, TargetKind.VILLAGE), "two villages served");
        assertEquals(1, after.commissionersNew() - before.commissionersNew());
        assertEquals(1, newOnes(after.byDispatchLevel(), "CITY") - newOnes(before.byDispatchLevel(), "CITY"));
        assertEquals(1, serving(after.byField(), "AGRICULTURE") - serving(before.byField(), "AGRICULTURE"));
        assertEquals(1, after.quotaShortfalls() - before.quotaShortfalls(), "3 visits and 3 days fall short");
        long aprilVisits = after.months().get(3).visits() - before.months().get(3).visits();
        assertEquals(1, aprilVisits, "the month chart counts April's visit");

        AssessmentRow row = asAdmin.call(() -> assessments.of(commissioner, 2024));
        assertEquals(3, row.figures().visits());
        assertEquals(0, new BigDecimal("3.0").compareTo(row.figures().days()));
        assertEquals(3, row.figures().results(), "three introductions");
        assertNull(row.figures().satisfaction());
        assertFalse(row.score().quotaMet());
        assertEquals(Grade.FAIL, row.score().grade());
        assertTrue(row.isAtRisk());
        assertEquals(11, row.score().monthsServed(), "posted on 1 February: February to December");
        // the quota pro-rated to 11 months is 11 visits, the results target 6; the missing rating is left out,
        // so the 80 points of service and results scale up to 100
        assertEquals(new BigDecimal("20.5"), row.score().service(), "3 of 11 visits: 60 × 3/11 × 1.25");
        assertEquals(new BigDecimal("12.5"), row.score().results(), "3 of 6 results: 20 × 1/2 × 1.25");
    }

    @Test
    void theFeedReportsUnconfirmedAgreementsAssignmentsEndingSoonAndShortfallsInTheLastQuarter() throws Exception {
        LocalDate today = LocalDate.of(2024, 11, 20);
        long commissioner = fixtures.commissioner(YUNLING, TestData.uniqueName("待办"), ServiceField.AGRICULTURE,
                DispatchLevel.COUNTY, LocalDate.of(2024, 1, 5));
        long ending = fixtures.assignment(commissioner, VILLAGE_A, LocalDate.of(2024, 1, 10), today.plusDays(20));
        long later = fixtures.assignment(commissioner, VILLAGE_B, LocalDate.of(2024, 1, 10), today.plusDays(200));
        fixtures.confirmBothSides(later, LocalDate.of(2024, 1, 12));

        Set<String> due = subjects(asAdmin.call(() -> feed.due(today)));
        assertTrue(due.contains(CommissionerTodoFeed.AGREEMENT_UNCONFIRMED + "|Assignment|" + ending), due.toString());
        assertFalse(due.contains(CommissionerTodoFeed.AGREEMENT_UNCONFIRMED + "|Assignment|" + later));
        assertTrue(due.contains(CommissionerTodoFeed.ASSIGNMENT_ENDING + "|Assignment|" + ending));
        assertFalse(due.contains(CommissionerTodoFeed.ASSIGNMENT_ENDING + "|Assignment|" + later));
        assertTrue(due.contains(CommissionerTodoFeed.BELOW_QUOTA + "|Commissioner|" + commissioner),
                "no approved log in 2024: short of the quota in November");
        assertFalse(subjects(asAdmin.call(() -> feed.due(LocalDate.of(2024, 9, 30))))
                .contains(CommissionerTodoFeed.BELOW_QUOTA + "|Commissioner|" + commissioner), "only in the last quarter");

        for (int visit = 1; visit <= 12; visit++) {
            fixtures.log(later, LocalDate.of(2024, 1, 15).plusWeeks(visit), ServiceKind.ON_SITE_GUIDANCE, "1", 0, "0",
                    List.of(), List.of(), LogStatus.APPROVED);
        }
        assertFalse(subjects(asAdmin.call(() -> feed.due(today))).contains(CommissionerTodoFeed.BELOW_QUOTA + "|Commissioner|" + commissioner),
                "twelve approved visits meet the quota");
    }

    @Test
    void theRefreshPutsTheFeedsItemsOnTheListAndTakesThemOffWhenDone() {
        LocalDate today = BureauClock.today();
        long commissioner = fixtures.commissioner(YUNLING, TestData.uniqueName("刷新"), ServiceField.OTHER,
                DispatchLevel.COUNTY, today.minusMonths(2));
        long assignment = fixtures.assignment(commissioner, VILLAGE_A, today.minusMonths(1), today.plusMonths(6));
        refresh.refreshNow();
        assertTrue(todos.findOpen(CommissionerTodoFeed.AGREEMENT_UNCONFIRMED, "Assignment", String.valueOf(assignment))
                .isPresent(), "an unconfirmed agreement is on the clerks' list");
        fixtures.confirmBothSides(assignment, today.minusDays(1));
        refresh.refreshNow();
        assertTrue(todos.findOpen(CommissionerTodoFeed.AGREEMENT_UNCONFIRMED, "Assignment", String.valueOf(assignment))
                .isEmpty(), "confirmed by both sides, it leaves the list");
    }

    private static Set<String> subjects(List<TodoDraft> drafts) {
        return drafts.stream().map(TodoDraft::subject).collect(Collectors.toSet());
    }
}
