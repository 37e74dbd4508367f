package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static cn.kejiju.workbench.commissioner.Fixtures.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommissionerSettingsTest {

    private final CommissionerSettings settings = CommissionerSettings.defaults();

    private static ServiceFigures figures(long visits, String days, long results, String satisfaction) {
        return new ServiceFigures(visits, new BigDecimal(days), results,
                satisfaction == null ? null : new BigDecimal(satisfaction));
    }

    private static CommissionerSettings.Values values(int service, int results, int satisfaction,
                                                      int excellent, int good, int pass) {
        return new CommissionerSettings.Values(true, 3, 12, 30, 6, service, results, satisfaction,
                excellent, good, pass, 10, true, 3, MissingRating.ZERO);
    }

    @Test
    void theQuotaIsMetByTwelveVisitsOrThirtyDays() {
        assertTrue(settings.meetsQuota(12, BigDecimal.ZERO));
        assertTrue(settings.meetsQuota(3, new BigDecimal("30.0")));
        assertFalse(settings.meetsQuota(11, new BigDecimal("29.5")));
    }

    @Test
    void aFullYearScoresOneHundredAndIsExcellent() {
        AssessmentScore score = settings.score(figures(12, "12", 6, "100"));
        assertEquals(new BigDecimal("60.0"), score.service());
        assertEquals(new BigDecimal("20.0"), score.results());
        assertEquals(new BigDecimal("20.0"), score.satisfaction());
        assertEquals(new BigDecimal("100.0"), score.total());
        assertEquals(Grade.EXCELLENT, score.grade());
    }

    @Test
    void partsAreProportionalAndCappedAndTheBetterQuotaRatioCounts() {
        // 15 days of 30 → 0.5, 6 visits of 12 → 0.5; results 3 of 6; satisfaction 85
        AssessmentScore half = settings.score(figures(6, "15", 3, "85"));
        assertEquals(new BigDecimal("30.0"), half.service());
        assertEquals(new BigDecimal("10.0"), half.results());
        assertEquals(new BigDecimal("17.0"), half.satisfaction());
        assertFalse(half.quotaMet());
        assertEquals(Grade.FAIL, half.grade(), "short of the quota fails whatever the total");

        settings.revise(values(60, 20, 20, 90, 75, 60), "admin", CLOCK);
        AssessmentScore capped = settings.score(figures(30, "45", 20, null));
        assertEquals(new BigDecimal("60.0"), capped.service());
        assertEquals(new BigDecimal("20.0"), capped.results());
        assertEquals(new BigDecimal("0.0"), capped.satisfaction(), "no rating yet gives nothing when a missing rating counts as 0");
        assertEquals(new BigDecimal("80.0"), capped.total());
        assertEquals(Grade.GOOD, capped.grade());
    }

    @Test
    void gradesFollowTheConfiguredBands() {
        assertEquals(Grade.EXCELLENT, settings.grade(new BigDecimal("90.0"), true));
        assertEquals(Grade.GOOD, settings.grade(new BigDecimal("89.9"), true));
        assertEquals(Grade.GOOD, settings.grade(new BigDecimal("75.0"), true));
        assertEquals(Grade.PASS, settings.grade(new BigDecimal("74.9"), true));
        assertEquals(Grade.PASS, settings.grade(new BigDecimal("60.0"), true));
        assertEquals(Grade.FAIL, settings.grade(new BigDecimal("59.9"), true));
        assertEquals(Grade.FAIL, settings.grade(new BigDecimal("99.0"), false));

        settings.revise(values(50, 30, 20, 95, 80, 65), "admin", CLOCK);
        assertEquals(Grade.GOOD, settings.grade(new BigDecimal("90.0"), true));
        assertEquals(Grade.FAIL, settings.grade(new BigDecimal("64.9"), true));
        assertEquals(new BigDecimal("50.0"), settings.score(figures(12, "0", 0, null)).service());
    }

    @Test
    void weightsAddUpToOneHundredAndBandsDescend() {
        RuleViolationException sum = assertThrows(RuleViolationException.class,
                () -> settings.revise(values(60, 20, 30, 90, 75, 60), "admin", CLOCK));
        assertEquals("settings.weightsSum", sum.messageKey());
        assertEquals(110, sum.arguments()[0]);
        assertEquals("settings.bandsOrder", assertThrows(RuleViolationException.class,
                () -> settings.revise(values(60, 20, 20, 75, 75, 60), "admin", CLOCK)).messageKey());
        assertEquals(60, settings.getServiceWeight(), "a refused revision changes nothing");
    }

    @Test
    void theLoadCapRefusesTheAssignmentBeyondTheMaximum() {
        settings.checkLoad(2);
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> settings.checkLoad(3));
        assertEquals("assignment.tooMany", e.messageKey());
        assertEquals(3, e.arguments()[0]);
    }
}
