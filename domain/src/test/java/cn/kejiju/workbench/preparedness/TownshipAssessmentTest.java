package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static cn.kejiju.workbench.Fixtures.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scoring a township's year: pre-filled criteria, the reason rule, evidence, total, grade, freezing. */
class TownshipAssessmentTest {

    private final Fixtures fixtures = new Fixtures();
    /** organisation 20 (manual), publicity 25 (full at 4 events), drills 20 (full at 2), network 20, modelSchools 15. */
    private final AssessmentScheme scheme = AssessmentScheme.standard(2026);
    /** Three events, one of them a drill. */
    private final TownshipFacts facts = new TownshipFacts(3, 1, 240);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static ScoreEntry manual(String code, String score) {
        return new ScoreEntry(code, d(score), "年度工作总结、会议纪要", null);
    }

    private TownshipAssessment scored(List<ScoreEntry> entries) {
        TownshipAssessment assessment = new TownshipAssessment(fixtures.township, 2026);
        assessment.score(scheme, entries, facts, "lj.prep", CLOCK);
        return assessment;
    }

    private static List<ScoreEntry> allManual() {
        return List.of(manual("organisation", "18"), manual("network", "16"), manual("modelSchools", "12.5"));
    }

    @Test
    void preFilledCriteriaTakeWhatTheEventsEarn() {
        TownshipAssessment assessment = scored(List.of());

        // publicity: 25 × 3 / 4 = 18.75 → 18.8; drills: 20 × 1 / 2 = 10
        assertEquals(d("18.8"), assessment.score("publicity").orElseThrow().getScore());
        assertEquals(d("10.0"), assessment.score("drills").orElseThrow().getScore());
        assertFalse(assessment.score("publicity").orElseThrow().isOverridden());
        assertTrue(assessment.score("organisation").isEmpty(), "a manual criterion stays open");
        assertEquals(d("28.8"), assessment.getTotal());
        assertNull(assessment.getGrade(), "no grade before every criterion is scored");
    }

    @Test
    void fullMarksStopAtTheMaximum() {
        AssessmentCriterion publicity = scheme.criterion("publicity").orElseThrow();

        assertEquals(d("25.0"), publicity.suggested(new TownshipFacts(9, 0, 0)));
        assertEquals(d("0.0"), publicity.suggested(TownshipFacts.NONE));
        assertNull(scheme.criterion("network").orElseThrow().suggested(facts), "三网一员 is scored by hand for now");
    }

    @Test
    void aChangedPreFilledScoreNeedsAReason() {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> scored(List.of(new ScoreEntry("publicity", d("22"), null, null))));
        assertEquals("preparedness.assessment.reasonRequired", refused.messageKey());
        assertEquals("scores[0].reason", refused.field());

        TownshipAssessment assessment = scored(List.of(new ScoreEntry("publicity", d("22"), null, "县电视台专题报道一次")));
        CriterionScore publicity = assessment.score("publicity").orElseThrow();
        assertEquals(d("22.0"), publicity.getScore());
        assertEquals(d("18.8"), publicity.getSuggested());
        assertTrue(publicity.isOverridden());
        assertEquals("县电视台专题报道一次", publicity.getReason());
    }

    @Test
    void thePreFilledScoreItselfNeedsNoReason() {
        TownshipAssessment assessment = scored(List.of(new ScoreEntry("drills", d("10.0"), null, "不需要")));

        assertNull(assessment.score("drills").orElseThrow().getReason(), "no reason kept when nothing changed");
    }

    @Test
    void aManualScoreNeedsEvidence() {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> scored(List.of(new ScoreEntry("organisation", d("18"), " ", null))));

        assertEquals("preparedness.assessment.evidenceRequired", refused.messageKey());
        assertEquals("scores[0].evidence", refused.field());
    }

    @Test
    void scoresLieWithinTheMaximumInTenths() {
        assertEquals("field.range", assertThrows(RuleViolationException.class,
                () -> scored(List.of(manual("modelSchools", "15.5")))).messageKey());
        assertEquals("field.range", assertThrows(RuleViolationException.class,
                () -> scored(List.of(manual("modelSchools", "-1")))).messageKey());
        assertEquals("preparedness.assessment.scoreStep", assertThrows(RuleViolationException.class,
                () -> scored(List.of(manual("modelSchools", "12.25")))).messageKey());
        assertEquals("preparedness.assessment.criterionUnknown", assertThrows(RuleViolationException.class,
                () -> scored(List.of(manual("volunteers", "5")))).messageKey());
        assertEquals("preparedness.assessment.criterionTwice", assertThrows(RuleViolationException.class,
                () -> scored(List.of(manual("network", "5"), manual("network", "6")))).messageKey());
    }

    @Test
    void aCompleteYearIsTotalledAndGraded() {
        TownshipAssessment assessment = scored(allManual());

        // 18 + 18.8 + 10 + 16 + 12.5
        assertEquals(d("75.3"), assessment.getTotal());
        assertEquals(TownshipGrade.PASS, assessment.getGrade());
        assertTrue(assessment.isComplete(scheme));
    }

    @Test
    void confirmingFreezesTheYear() {
        TownshipAssessment assessment = scored(allManual());

        assessment.confirm(scheme, "leader", CLOCK);

        assertTrue(assessment.isConfirmed());
        assertEquals("leader", assessment.getConfirmedBy());
        ConflictException frozen = assertThrows(ConflictException.class,
                () -> assessment.score(scheme, allManual(), facts, "lj.prep", CLOCK));
        assertEquals("preparedness.assessment.frozen", frozen.messageKey());
        assertThrows(ConflictException.class, () -> assessment.confirm(scheme, "leader", CLOCK));
        assertEquals(d("75.3"), assessment.getTotal());
    }

    @Test
    void anIncompleteYearCannotBeConfirmed() {
        TownshipAssessment assessment = scored(List.of(manual("organisation", "20")));

        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> assessment.confirm(scheme, "leader", CLOCK));
        assertEquals("preparedness.assessment.incomplete", refused.messageKey());
        assertFalse(assessment.isConfirmed());
    }

    @Test
    void onlyATownshipIsAssessed() {
        assertThrows(RuleViolationException.class, () -> new TownshipAssessment(fixtures.county, 2026));
        assertThrows(RuleViolationException.class, () -> new TownshipAssessment(fixtures.village, 2026));
    }
}
