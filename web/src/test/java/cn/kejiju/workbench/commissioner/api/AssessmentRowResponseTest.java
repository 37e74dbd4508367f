package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.commissioner.Assessment;
import cn.kejiju.workbench.commissioner.AssessmentRow;
import cn.kejiju.workbench.commissioner.AssessmentScore;
import cn.kejiju.workbench.commissioner.Commissioner;
import cn.kejiju.workbench.commissioner.Grade;
import cn.kejiju.workbench.commissioner.ServiceFigures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An assessment row shows figures, score parts, grade, risk, and who confirmed it and when. */
class AssessmentRowResponseTest {

    private final Fixtures f = new Fixtures();
    private final Commissioner commissioner = f.commissioner("张伟");

    @Test
    void anUnconfirmedYearShortOfTheQuotaIsAtRiskAndFails() {
        ServiceFigures figures = new ServiceFigures(6, new BigDecimal("10"), 3, new BigDecimal("90"));
        AssessmentScore score = f.settings.score(figures);

        AssessmentRowResponse response = AssessmentRowResponse.of(new AssessmentRow(commissioner, 2026, figures, score, null),
                reason -> reason.key() + reason.arguments());

        assertEquals(commissioner.getId(), response.commissionerId());
        assertEquals(6, response.visits());
        assertEquals(new BigDecimal("90"), response.satisfaction());
        assertEquals(score.total(), response.total());
        assertFalse(response.quotaMet());
        assertEquals(Grade.FAIL, response.grade());
        assertEquals("assessment.reason.quotaShort", response.reasons().get(0).code());
        assertEquals("assessment.reason.quotaShort[6, 12, 10, 30]", response.reasons().get(0).text(),
                "each reason in words, through the caller's bundle");
        assertEquals(12, response.monthsServed());
        assertTrue(response.satisfactionRated());
        assertEquals(commissioner.getCounty().getName(), response.county().name());
        assertTrue(response.atRisk());
        assertFalse(response.confirmed());
        assertNull(response.confirmedBy());
        assertNull(response.confirmedAt());
    }

    @Test
    void aConfirmedYearNamesWhoConfirmedItAndWhenAndIsNotAtRisk() {
        ServiceFigures figures = new ServiceFigures(12, new BigDecimal("30"), 6, new BigDecimal("100"));
        AssessmentScore score = f.settings.score(figures);
        Assessment confirmation = new Assessment(commissioner, 2026, figures, score, "leader", Fixtures.CLOCK);

        AssessmentRowResponse response = AssessmentRowResponse.of(
                new AssessmentRow(commissioner, 2026, figures, score, confirmation), reason -> reason.key());

        assertTrue(response.quotaMet());
        assertEquals(Grade.EXCELLENT, response.grade());
        assertFalse(response.atRisk());
        assertTrue(response.confirmed());
        assertEquals("leader", response.confirmedBy());
        assertEquals(confirmation.score().reasons().size(), response.reasons().size(), "the reasons kept at confirmation");
        assertEquals("assessment.reason.excellent", response.reasons().get(response.reasons().size() - 1).text());
        assertEquals(LocalDateTime.of(2026, 6, 30, 10, 0), response.confirmedAt());
    }
}
