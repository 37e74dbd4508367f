package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.Stubs;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The commissioner programme's rules that turn on the date, at both sides of midnight bureau time with
 * the machine in another zone (the build runs this in America/Los_Angeles): the year of the assessment,
 * the 30-day window of ending assignments and the quota reminders from October.
 */
class DayBoundaryTest {

    private static final ZoneId BUREAU = ZoneId.of("Asia/Shanghai");
    private static final Clock NEW_YEARS_EVE = Clock.fixed(Instant.parse("2026-12-31T15:59:30Z"), BUREAU);
    private static final Clock NEW_YEAR = Clock.fixed(Instant.parse("2026-12-31T16:00:30Z"), BUREAU);

    private final List<String> calls = new ArrayList<>();
    private final List<LocalDate> endingWindow = new ArrayList<>();

    private AssessmentService assessmentsAt(Clock clock) {
        AssessmentService service = new AssessmentService();
        service.clock = clock;
        return service;
    }

    private CommissionerTodoFeed feed() {
        CommissionerTodoFeed feed = new CommissionerTodoFeed();
        feed.assignments = Stubs.of(AssignmentRepository.class, calls, Map.of("ending", args -> {
            endingWindow.add((LocalDate) args[0]);
            endingWindow.add((LocalDate) args[1]);
            return List.of();
        }));
        feed.commissioners = Stubs.of(CommissionerRepository.class, calls,
                Map.of("settings", args -> CommissionerSettings.defaults()));
        feed.logs = Stubs.of(ServiceLogRepository.class, calls, Map.of());
        return feed;
    }

    @Test
    void theAssessmentYearTurnsAtTheBureausMidnight() {
        assertEquals(2026, assessmentsAt(NEW_YEARS_EVE).currentYear());
        assertEquals(2027, assessmentsAt(NEW_YEAR).currentYear());
    }

    @Test
    void theYearAfterNextIsRefusedUntilTheNewYearBegins() {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> assessmentsAt(NEW_YEARS_EVE).overview(2028));
        assertEquals("assessment.year", refused.messageKey());
    }

    @Test
    void theQuotaRemindersBeginOnTheFirstOfOctober() {
        CommissionerTodoFeed feed = feed();
        feed.due(LocalDate.now(Clock.fixed(Instant.parse("2026-09-30T15:59:30Z"), BUREAU)));
        assertFalse(calls.contains("servingDuring"), "30 September: no quota reminders yet");

        feed.due(LocalDate.now(Clock.fixed(Instant.parse("2026-09-30T16:00:30Z"), BUREAU)));
        assertTrue(calls.contains("servingDuring"), "1 October: who is short of the quota is asked for");
    }

    @Test
    void assignmentsEndingWithinThirtyDaysCountFromTheBureausToday() {
        feed().due(LocalDate.now(NEW_YEAR));
        assertEquals(List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31)), endingWindow);
    }
}
