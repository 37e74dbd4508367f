package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.AsSystemAdmin;
import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.TestData;
import cn.kejiju.workbench.shared.RuleViolationException;
import cn.kejiju.workbench.todo.TodoItem;
import cn.kejiju.workbench.todo.TodoRefresh;
import cn.kejiju.workbench.todo.TodoRepository;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Over a history the test writes itself: the leaders' review to-dos are exactly the approval queue of
 * each county (also for logs that reached the queue without the service, as loaded data do), each
 * opening its log; and the annual assessment of one county pro-rates the quota to the months served,
 * grades 未满考核期 below the minimum, handles a missing rating as the settings say, and gives its reasons.
 */
@ExtendWith(ArquillianExtension.class)
class CountyTodoAssessmentIT {

    private static final long LINJIANG = 2;
    private static final long YUNLING = 3;
    private static final long YUNLING_VILLAGE = 24;
    private static final int YEAR = 2024;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(CountyTodoAssessmentIT.class, CommissionerFixtures.class, AsSystemAdmin.class,
                TestData.class);
    }

    @Inject
    CommissionerFixtures fixtures;

    @Inject
    ServiceLogService logService;

    @Inject
    AssessmentService assessments;

    @Inject
    CommissionerService commissionerService;

    @Inject
    TodoRefresh refresh;

    @Inject
    TodoRepository todos;

    @Inject
    AsSystemAdmin asAdmin;

    private List<TodoItem> reviewToDos(long county) {
        return todos.openWithKindPrefix(CommissionerReviewFeed.PREFIX).stream()
                .filter(item -> Objects.equals(item.getCountyId(), county)).toList();
    }

    private long queue(long county) throws Exception {
        return asAdmin.call(() -> logService.count(LogFilter.awaitingReview(county)));
    }

    @Test
    void theLeadersReviewToDosAreTheApprovalQueueOfEachCountyAndOpenTheirLogs() throws Exception {
        LocalDate today = BureauClock.today();
        long commissioner = fixtures.commissioner(YUNLING, TestData.uniqueName("审核"), ServiceField.AGRICULTURE,
                DispatchLevel.COUNTY, today.minusMonths(3));
        long assignment = fixtures.assignment(commissioner, YUNLING_VILLAGE, today.minusMonths(2), today.plusMonths(6));
        List<Long> waiting = List.of(
                fixtures.log(assignment, today.minusDays(3), ServiceKind.ON_SITE_GUIDANCE, "1", 0, "0", List.of(),
                        List.of(), LogStatus.SUBMITTED),
                fixtures.log(assignment, today.minusDays(2), ServiceKind.ON_SITE_GUIDANCE, "1", 0, "0", List.of(),
                        List.of(), LogStatus.SUBMITTED),
                fixtures.log(assignment, today.minusDays(1), ServiceKind.TRAINING, "1", 30, "0", List.of(),
                        List.of(), LogStatus.SUBMITTED));
        long approved = fixtures.log(assignment, today.minusDays(4), ServiceKind.ON_SITE_GUIDANCE, "1", 0, "0",
                List.of(), List.of(), LogStatus.APPROVED);
        long rejected = fixtures.log(assignment, today.minusDays(5), ServiceKind.ON_SITE_GUIDANCE, "1", 0, "0",
                List.of(), List.of(), LogStatus.REJECTED);
        assertTrue(todos.findOpen(CommissionerReviewFeed.LOG_AWAITING_APPROVAL, "ServiceLog",
                String.valueOf(waiting.get(0))).isEmpty(), "written straight to the database: no to-do yet");

        refresh.refreshNow();

        for (long county : List.of(YUNLING, LINJIANG)) {
            assertEquals(queue(county), reviewToDos(county).size(), "county " + county + ": one to-do per log in the queue");
        }
        for (long log : waiting) {
            TodoItem item = todos.findOpen(CommissionerReviewFeed.LOG_AWAITING_APPROVAL, "ServiceLog", String.valueOf(log))
                    .orElseThrow(() -> new AssertionError("no to-do for log " + log));
            assertEquals("/commissioner/log.xhtml?id=" + log, item.getLink(), "the item opens its log");
            assertEquals("LEADER", item.getRole());
            assertEquals(YUNLING, item.getCountyId());
        }
        for (long log : List.of(approved, rejected)) {
            assertTrue(todos.findOpen(CommissionerReviewFeed.LOG_AWAITING_APPROVAL, "ServiceLog", String.valueOf(log))
                    .isEmpty(), "a reviewed log awaits nobody");
        }

        long before = queue(YUNLING);
        fixtures.approve(waiting.get(0), today);
        refresh.refreshNow();
        assertEquals(before - 1, queue(YUNLING));
        assertEquals(before - 1, reviewToDos(YUNLING).size(), "the approved log leaves the leaders' list");
        assertTrue(todos.findOpen(CommissionerReviewFeed.LOG_AWAITING_APPROVAL, "ServiceLog",
                String.valueOf(waiting.get(0))).isEmpty());
    }

    @Test
    void theAssessmentOfACountyProRatesTheQuotaGradesTooShortAPostingAndSaysWhy() throws Exception {
        long half = fixtures.commissioner(YUNLING, TestData.uniqueName("半年"), ServiceField.AGRICULTURE,
                DispatchLevel.COUNTY, LocalDate.of(YEAR, 7, 1));
        long assignment = fixtures.assignment(half, YUNLING_VILLAGE, LocalDate.of(YEAR, 7, 1), LocalDate.of(YEAR + 1, 6, 30));
        for (int month = 7; month <= 12; month++) {
            fixtures.log(assignment, LocalDate.of(YEAR, month, 10), ServiceKind.ON_SITE_GUIDANCE, "1", 0, "0",
                    List.of(), List.of(), LogStatus.APPROVED);
        }
        long late = fixtures.commissioner(YUNLING, TestData.uniqueName("新任"), ServiceField.AGRICULTURE,
                DispatchLevel.COUNTY, LocalDate.of(YEAR, 11, 20));

        List<AssessmentRow> rows = asAdmin.call(() -> assessments.overview(YEAR, YUNLING));
        assertTrue(rows.stream().allMatch(row -> row.commissioner().getCounty().getId() == YUNLING), "one county only");
        assertFalse(asAdmin.call(() -> assessments.overview(YEAR, LINJIANG)).stream()
                .anyMatch(row -> row.commissioner().getId() == half), "nor in another county's");

        AssessmentRow halfYear = row(rows, half);
        assertEquals(6, halfYear.score().monthsServed(), "July to December");
        assertTrue(halfYear.score().quotaMet(), "6 visits meet the quota pro-rated to six months");
        assertFalse(halfYear.isAtRisk());
        assertEquals(List.of("6", "6", "6", "15", "6"), reason(halfYear, "assessment.reason.quotaMetProrated"));
        assertEquals(List.of(), reason(halfYear, "assessment.reason.satisfactionLeftOut"), "no rating: left out");
        assertEquals(Grade.GOOD, halfYear.score().grade(), "service 75 of 100 once the missing rating is left out");

        AssessmentRow postedLately = row(rows, late);
        assertEquals(1, postedLately.score().monthsServed(), "in post on 15 December only");
        assertEquals(Grade.UNASSESSED, postedLately.score().grade(), "未满考核期, not 不合格");
        assertFalse(postedLately.isAtRisk());
        assertEquals(List.of("1", "3"), reason(postedLately, "assessment.reason.unassessed"));

        CommissionerSettings settings = asAdmin.call(() -> commissionerService.settings());
        CommissionerSettings.Values was = settings.values();
        long version = settings.getVersion();
        CommissionerSettings.Values zero = new CommissionerSettings.Values(was.barPartyGovernmentStaff(),
                was.maxActiveAssignments(), was.quotaVisits(), was.quotaDays(), was.resultsTarget(), was.serviceWeight(),
                was.resultsWeight(), was.satisfactionWeight(), was.excellentFrom(), was.goodFrom(), was.passFrom(),
                was.evidenceMaxMegabytes(), was.evidenceRequired(), was.minMonthsAssessed(), MissingRating.ZERO);
        CommissionerSettings changed = asAdmin.call(() -> commissionerService.reviseSettings(version, zero));
        try {
            AssessmentRow counted = asAdmin.call(() -> assessments.of(half, YEAR));
            assertEquals(List.of(), reason(counted, "assessment.reason.satisfactionZero"), "now counted as 0");
            assertTrue(counted.score().total().compareTo(halfYear.score().total()) < 0, "and the total is lower");
        } finally {
            asAdmin.call(() -> commissionerService.reviseSettings(changed.getVersion(), was));
        }
    }

    @Test
    void aListFilteredByWhatIsNoCountyIsRefusedNamingTheParameter() {
        for (long notACounty : List.of(999_999L, YUNLING_VILLAGE)) {
            RuleViolationException refused = assertThrows(RuleViolationException.class,
                    () -> asAdmin.call(() -> assessments.overview(YEAR, notACounty)));
            assertEquals("county.filter", refused.messageKey());
            assertEquals("county", refused.field());
            assertThrows(RuleViolationException.class,
                    () -> asAdmin.call(() -> logService.count(LogFilter.awaitingReview(notACounty))));
        }
    }

    private static AssessmentRow row(List<AssessmentRow> rows, long commissioner) {
        return rows.stream().filter(row -> row.commissioner().getId() == commissioner).findFirst()
                .orElseThrow(() -> new AssertionError("commissioner " + commissioner + " is not in the list"));
    }

    private static List<String> reason(AssessmentRow row, String key) {
        return row.score().reasons().stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " in " + row.score().reasons())).arguments();
    }
}
