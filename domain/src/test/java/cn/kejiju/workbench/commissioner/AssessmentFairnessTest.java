package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static cn.kejiju.workbench.commissioner.Fixtures.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The assessment's fairness rules: the quota pro-rated to the months served, 未满考核期, a missing rating, the reasons. */
class AssessmentFairnessTest {

    private final Fixtures f = new Fixtures();
    private final CommissionerSettings settings = CommissionerSettings.defaults();

    private static ServiceFigures figures(long visits, String days, long results, String satisfaction) {
        return new ServiceFigures(visits, new BigDecimal(days), results,
                satisfaction == null ? null : new BigDecimal(satisfaction));
    }

    private static CommissionerSettings.Values values(int minMonths, MissingRating missing) {
        return new CommissionerSettings.Values(true, 3, 12, 30, 6, 60, 20, 20, 90, 75, 60, 10, true, minMonths, missing);
    }

    private static GradeReason reason(AssessmentScore score, String key) {
        return score.reasons().stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no reason " + key + " in " + score.reasons()));
    }

    @Test
    void aMonthCountsWhenThePostingCoversItsFifteenth() {
        Commissioner posted = f.commissioner("张伟"); // posted 2026-03-01
        assertEquals(10, posted.monthsServedIn(2026), "March to December");
        assertEquals(0, posted.monthsServedIn(2025), "not yet posted");
        assertEquals(12, posted.monthsServedIn(2027));

        Commissioner lateInMonth = Fixtures.withId(new Commissioner(withPosting(LocalDate.of(2026, 3, 16)),
                f.settings, CLOCK));
        assertEquals(9, lateInMonth.monthsServedIn(2026), "posted after the 15th: from April");

        posted.end(LocalDate.of(2026, 6, 10), 0, CLOCK);
        assertEquals(3, posted.monthsServedIn(2026), "March to May: ended before the 15th of June");
    }

    private CommissionerProfile withPosting(LocalDate postedOn) {
        CommissionerProfile p = f.individual("李明");
        return new CommissionerProfile(p.county(), p.name(), p.gender(), p.residentId(), p.phone(), p.employer(),
                p.employerName(), p.employerCategory(), p.title(), p.specialties(), p.kind(), p.members(), p.field(),
                p.dispatchLevel(), postedOn);
    }

    @Test
    void theQuotaAndTheResultsTargetArePreratedToTheMonthsServed() {
        assertEquals(6, CommissionerSettings.prorated(12, 6));
        assertEquals(15, CommissionerSettings.prorated(30, 6));
        assertEquals(18, CommissionerSettings.prorated(30, 7), "17.5 rounds half up");
        assertEquals(1, CommissionerSettings.prorated(6, 1), "never below 1");
        assertEquals(0, CommissionerSettings.prorated(0, 6), "a quota switched off stays off");

        // six months in post: 6 visits of 6 meet the quota, 3 results of 3 the target
        AssessmentScore half = settings.score(figures(6, "6", 3, "90"), 6);
        assertTrue(half.quotaMet());
        assertEquals(new BigDecimal("60.0"), half.service());
        assertEquals(new BigDecimal("20.0"), half.results());
        assertEquals(new BigDecimal("98.0"), half.total());
        assertEquals(Grade.EXCELLENT, half.grade());
        assertEquals(6, half.monthsServed());
        assertEquals(List.of("6", "6", "6", "15", "6"), reason(half, "assessment.reason.quotaMetProrated").arguments());

        // the same figures over a whole year fail: 6 of 12 visits, 6 of 30 days
        AssessmentScore year = settings.score(figures(6, "6", 3, "90"), 12);
        assertFalse(year.quotaMet());
        assertEquals(Grade.FAIL, year.grade());
        assertEquals(List.of("6", "12", "6", "30"), reason(year, "assessment.reason.quotaShort").arguments());
    }

    @Test
    void tooFewMonthsInPostAreNotGradedAndNotAtRiskWhateverTheFigures() {
        AssessmentScore postedThisMonth = settings.score(ServiceFigures.none(), 1);
        assertEquals(Grade.UNASSESSED, postedThisMonth.grade());
        assertFalse(postedThisMonth.assessed());
        assertEquals(List.of("1", "3"), reason(postedThisMonth, "assessment.reason.unassessed").arguments());

        assertEquals(Grade.UNASSESSED, settings.score(ServiceFigures.none(), 0).grade(), "posted after mid-December");
        assertEquals(Grade.FAIL, settings.score(ServiceFigures.none(), 3).grade(), "three months are assessed");

        settings.revise(values(1, MissingRating.LEFT_OUT), "admin", CLOCK);
        assertEquals(Grade.FAIL, settings.score(ServiceFigures.none(), 1).grade(), "the threshold is a setting");
        assertThrows(RuleViolationException.class, () -> settings.revise(values(13, MissingRating.LEFT_OUT), "admin", CLOCK));
        assertThrows(RuleViolationException.class, () -> settings.revise(values(3, null), "admin", CLOCK));
    }

    @Test
    void aMissingRatingIsLeftOutByDefaultAndTheOtherWeightsAreScaledUp() {
        assertEquals(MissingRating.LEFT_OUT, settings.getMissingRating());
        AssessmentScore unrated = settings.score(figures(12, "0", 6, null), 12);
        assertEquals(new BigDecimal("75.0"), unrated.service(), "60 of 80 points scaled to 100");
        assertEquals(new BigDecimal("25.0"), unrated.results());
        assertEquals(new BigDecimal("0.0"), unrated.satisfaction());
        assertEquals(new BigDecimal("100.0"), unrated.total());
        assertEquals(Grade.EXCELLENT, unrated.grade());
        reason(unrated, "assessment.reason.satisfactionLeftOut");

        AssessmentScore rated = settings.score(figures(12, "0", 6, "50"), 12);
        assertEquals(new BigDecimal("90.0"), rated.total(), "a rating given always counts");
        assertEquals(List.of("50.0"), reason(rated, "assessment.reason.satisfaction").arguments());
    }

    @Test
    void aMissingRatingCountsAsZeroWhenTheSettingsSaySo() {
        settings.revise(values(3, MissingRating.ZERO), "admin", CLOCK);
        AssessmentScore unrated = settings.score(figures(12, "0", 6, null), 12);
        assertEquals(new BigDecimal("60.0"), unrated.service());
        assertEquals(new BigDecimal("20.0"), unrated.results());
        assertEquals(new BigDecimal("80.0"), unrated.total());
        assertEquals(Grade.GOOD, unrated.grade());
        reason(unrated, "assessment.reason.satisfactionZero");
        assertEquals(List.of("80.0", "75", "90"), reason(unrated, "assessment.reason.good").arguments());
    }

    @Test
    void aFailWithAHighTotalSaysTheQuotaFailedIt() {
        // 11 visits of 12 and 29 of 30 days: the total is high, the quota is not met
        AssessmentScore score = settings.score(figures(11, "29", 6, "100"), 12);
        assertTrue(score.total().compareTo(new BigDecimal("90")) >= 0, "total " + score.total());
        assertEquals(Grade.FAIL, score.grade());
        assertEquals(List.of(score.total().toPlainString()), reason(score, "assessment.reason.failQuota").arguments());
        assertEquals(List.of("11", "12", "29", "30"), reason(score, "assessment.reason.quotaShort").arguments());

        AssessmentScore low = settings.score(figures(12, "0", 0, "0"), 12);
        assertEquals(Grade.PASS, low.grade());
        assertEquals(List.of("60.0", "60", "75"), reason(low, "assessment.reason.pass").arguments());
        AssessmentScore below = settings.score(figures(12, "0", 0, null), 12);
        assertEquals(new BigDecimal("75.0"), below.total(), "left out: the 60 service points of 80 scale to 75");
        assertEquals(Grade.GOOD, below.grade());
    }

    @Test
    void reasonsSurviveTheirColumn() {
        List<GradeReason> reasons = settings.score(figures(4, "7.5", 1, null), 6).reasons();
        assertEquals(reasons, GradeReason.decode(GradeReason.encode(reasons)));
        assertEquals(List.of(), GradeReason.decode(null));
        assertEquals(List.of(GradeReason.of("assessment.reason.satisfactionZero")),
                GradeReason.decode(GradeReason.encode(List.of(GradeReason.of("assessment.reason.satisfactionZero")))));
    }
}
