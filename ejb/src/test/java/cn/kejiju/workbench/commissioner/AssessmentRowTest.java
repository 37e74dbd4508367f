package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.Fixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A year is at risk while it is short of the quota and not yet confirmed; a confirmation is never at risk. */
class AssessmentRowTest {

    private final Fixtures f = new Fixtures();
    private final Commissioner commissioner = f.commissioner("张伟");

    private AssessmentRow row(ServiceFigures figures, boolean confirmed) {
        AssessmentScore score = f.settings.score(figures);
        Assessment confirmation = confirmed
                ? new Assessment(commissioner, 2026, figures, score, "leader", Fixtures.CLOCK) : null;
        return new AssessmentRow(commissioner, 2026, figures, score, confirmation);
    }

    @Test
    void aYearShortOfTheQuotaAndNotConfirmedIsAtRisk() {
        AssessmentRow row = row(new ServiceFigures(11, new BigDecimal("29.5"), 0, null), false);

        assertTrue(row.isAtRisk());
        assertFalse(row.isConfirmed());
        assertTrue(row.confirmation().isEmpty());
    }

    @Test
    void aYearThatMetTheQuotaByVisitsOrByDaysIsNotAtRisk() {
        assertFalse(row(new ServiceFigures(12, BigDecimal.ZERO, 0, null), false).isAtRisk());
        assertFalse(row(new ServiceFigures(0, new BigDecimal("30"), 0, null), false).isAtRisk());
    }

    @Test
    void aConfirmedYearIsFrozenAndNoLongerAtRiskEvenShortOfTheQuota() {
        AssessmentRow row = row(new ServiceFigures(1, BigDecimal.ONE, 0, null), true);

        assertTrue(row.isConfirmed());
        assertFalse(row.isAtRisk());
        assertEquals("leader", row.confirmation().orElseThrow().getConfirmedBy());
    }
}
