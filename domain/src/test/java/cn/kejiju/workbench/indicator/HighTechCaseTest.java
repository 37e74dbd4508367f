package cn.kejiju.workbench.indicator;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.enterprise.HighTechCertificate;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;

import static cn.kejiju.workbench.Fixtures.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HighTechCaseTest {

    private final Fixtures f = new Fixtures();

    private HighTechCase pooled() {
        return new HighTechCase(f.company, LocalDate.of(2025, 3, 1), "研发投入达标，缺知识产权", CLOCK);
    }

    @Test
    void theStepsAllowed() {
        assertEquals(EnumSet.of(HighTechStage.APPLIED), HighTechStage.CULTIVATING.next());
        assertEquals(EnumSet.of(HighTechStage.RECOGNISED, HighTechStage.FAILED), HighTechStage.APPLIED.next());
        assertEquals(EnumSet.of(HighTechStage.APPLIED), HighTechStage.RECOGNISED.next());
        assertEquals(EnumSet.of(HighTechStage.CULTIVATING, HighTechStage.APPLIED), HighTechStage.FAILED.next());
    }

    @Test
    void recognitionGivesACertificateValidThreeYears() {
        HighTechCase c = pooled();
        assertEquals(f.county, c.getCounty());
        c.apply(2026, LocalDate.of(2026, 5, 20), CLOCK);
        HighTechCertificate certificate = c.recognise("GR202635000888", LocalDate.of(2026, 6, 1), CLOCK);
        assertEquals(HighTechStage.RECOGNISED, c.getStage());
        assertEquals("GR202635000888", certificate.number());
        assertEquals(LocalDate.of(2029, 5, 31), certificate.validUntil());
    }

    @Test
    void aPooledEnterpriseCannotBeRecognisedBeforeItApplies() {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> pooled().recognise("GR1", LocalDate.of(2026, 6, 1), CLOCK));
        assertEquals("indicator.highTech.step", refused.messageKey());
    }

    @Test
    void aFailureNeedsItsReasonAndMayGoBackToThePool() {
        HighTechCase c = pooled();
        c.apply(2026, LocalDate.of(2026, 5, 20), CLOCK);
        assertEquals("field.required", assertThrows(RuleViolationException.class,
                () -> c.fail(" ", CLOCK)).messageKey());
        c.fail("研发费用占比不足", CLOCK);
        assertEquals(HighTechStage.FAILED, c.getStage());
        c.returnToPool(Fixtures.TODAY, "明年再报", CLOCK);
        assertEquals(HighTechStage.CULTIVATING, c.getStage());
        assertEquals(Fixtures.TODAY, c.getEnteredOn());
    }

    @Test
    void datesCannotLieAheadNorBeforeTheStepBefore() {
        HighTechCase c = pooled();
        assertEquals("indicator.dateInFuture", assertThrows(RuleViolationException.class,
                () -> c.apply(2026, Fixtures.TODAY.plusDays(1), CLOCK)).messageKey());
        assertEquals("indicator.highTech.beforeEntry", assertThrows(RuleViolationException.class,
                () -> c.apply(2025, LocalDate.of(2025, 2, 1), CLOCK)).messageKey());
        c.apply(2026, LocalDate.of(2026, 5, 20), CLOCK);
        assertEquals("indicator.highTech.issuedBeforeSubmission", assertThrows(RuleViolationException.class,
                () -> c.recognise("GR1", LocalDate.of(2026, 5, 1), CLOCK)).messageKey());
    }
}
