package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static cn.kejiju.workbench.Fixtures.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A year's criteria set: maxima add up to 100, grade bands, the pre-fill sources. */
class AssessmentSchemeTest {

    private static AssessmentCriterion criterion(String code, int max) {
        return new AssessmentCriterion(code, code, max, PrefillSource.MANUAL, null, "criteria[0]");
    }

    private static TownshipGrade grade(AssessmentScheme scheme, String total) {
        return scheme.grade(new BigDecimal(total));
    }

    @Test
    void theStandardBandsAre90And60() {
        AssessmentScheme scheme = AssessmentScheme.standard(2026);

        assertEquals(TownshipGrade.EXCELLENT, grade(scheme, "100"));
        assertEquals(TownshipGrade.EXCELLENT, grade(scheme, "90.0"));
        assertEquals(TownshipGrade.PASS, grade(scheme, "89.9"));
        assertEquals(TownshipGrade.PASS, grade(scheme, "60"));
        assertEquals(TownshipGrade.FAIL, grade(scheme, "59.9"));
        assertEquals(TownshipGrade.FAIL, grade(scheme, "0"));
        assertEquals(100, scheme.getCriteria().stream().mapToInt(AssessmentCriterion::getMaxScore).sum());
    }

    @Test
    void bandsAreConfigurable() {
        AssessmentScheme scheme = new AssessmentScheme(2026, List.of(criterion("a", 60), criterion("b", 40)), 85, 70,
                "admin", CLOCK);

        assertEquals(TownshipGrade.EXCELLENT, grade(scheme, "85"));
        assertEquals(TownshipGrade.PASS, grade(scheme, "84.9"));
        assertEquals(TownshipGrade.FAIL, grade(scheme, "69.9"));
    }

    @Test
    void bandsMustBeOrdered() {
        List<AssessmentCriterion> criteria = List.of(criterion("a", 100));
        assertEquals("preparedness.assessment.bands", assertThrows(RuleViolationException.class,
                () -> new AssessmentScheme(2026, criteria, 60, 60, "admin", CLOCK)).messageKey());
        assertThrows(RuleViolationException.class, () -> new AssessmentScheme(2026, criteria, 101, 60, "admin", CLOCK));
        assertThrows(RuleViolationException.class, () -> new AssessmentScheme(2026, criteria, 90, 0, "admin", CLOCK));
    }

    @Test
    void maximaAddUpTo100WithDistinctCodes() {
        RuleViolationException sum = assertThrows(RuleViolationException.class,
                () -> new AssessmentScheme(2026, List.of(criterion("a", 60), criterion("b", 30)), null, null, "admin",
                        CLOCK));
        assertEquals("preparedness.assessment.maximaSum", sum.messageKey());
        assertEquals("preparedness.assessment.criterionTwice", assertThrows(RuleViolationException.class,
                () -> new AssessmentScheme(2026, List.of(criterion("a", 50), criterion("a", 50)), null, null, "admin",
                        CLOCK)).messageKey());
        assertThrows(RuleViolationException.class, () -> new AssessmentScheme(2026, List.of(), null, null, "admin", CLOCK));
    }

    @Test
    void aPreFilledCriterionNeedsItsFullMarkCount() {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> new AssessmentCriterion("publicity", "宣传活动", 25, PrefillSource.EVENTS_HELD, null, "criteria[1]"));
        assertEquals("criteria[1].fullAt", refused.field());

        AssessmentCriterion manual = new AssessmentCriterion("network", "三网一员", 20, null, 7, "criteria[3]");
        assertEquals(PrefillSource.MANUAL, manual.getSource());
        assertNull(manual.getFullAt(), "a manual criterion keeps no count");
        assertEquals("criteria[0].code", assertThrows(RuleViolationException.class,
                () -> new AssessmentCriterion("1st", "x", 10, null, null, "criteria[0]")).field());
        assertEquals("criteria[0].maxScore", assertThrows(RuleViolationException.class,
                () -> new AssessmentCriterion("a", "x", 0, null, null, "criteria[0]")).field());
    }

    @Test
    void eachSourceReadsItsOwnCount() {
        TownshipFacts facts = new TownshipFacts(5, 2, 300);

        assertEquals(5L, PrefillSource.EVENTS_HELD.count(facts));
        assertEquals(2L, PrefillSource.DRILLS_HELD.count(facts));
        assertNull(PrefillSource.MANUAL.count(facts));
    }

    @Test
    void theRegistersCompletenessIsAWholePercentRoundedDownAndZeroWhenNotCounted() {
        // a township with 4 villages: its assistant and 8 reporters; 8 of the 9 posts held
        TownshipFacts facts = new TownshipFacts(0, 0, 0, new RegisterCompleteness(8, 9));
        assertEquals(88L, PrefillSource.REGISTER_COMPLETENESS.count(facts), "88.9 % is not yet 89");
        assertEquals(100L, new TownshipFacts(0, 0, 0, new RegisterCompleteness(9, 9)).registerPercent());
        assertEquals(0L, TownshipFacts.NONE.registerPercent(), "nothing counted earns nothing");

        AssessmentCriterion network = new AssessmentCriterion("network", "三网一员建设", 20,
                PrefillSource.REGISTER_COMPLETENESS, 100, "criteria[3]");
        assertEquals(new BigDecimal("17.6"), network.suggested(facts), "20 × 88 / 100");
        assertEquals(new BigDecimal("20.0"), network.suggested(new TownshipFacts(0, 0, 0, new RegisterCompleteness(9, 9))));
        RuleViolationException above = assertThrows(RuleViolationException.class, () -> new AssessmentCriterion(
                "network", "三网一员建设", 20, PrefillSource.REGISTER_COMPLETENESS, 101, "criteria[3]"));
        assertEquals("criteria[3].fullAt", above.field(), "a percentage is full at 100 at most");
        assertEquals(101, new AssessmentCriterion("events", "活动", 20, PrefillSource.EVENTS_HELD, 101, "criteria[1]")
                .getFullAt(), "a count may ask for more than 100");
    }
}
