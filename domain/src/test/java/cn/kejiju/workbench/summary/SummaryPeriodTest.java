package cn.kejiju.workbench.summary;

import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SummaryPeriodTest {

    @Test
    void theFirstHalfComparesWithTheSecondHalfBeforeAndTheFirstHalfLastYear() {
        SummaryPeriod h1 = SummaryPeriod.half(2026, 1);
        assertEquals(LocalDate.of(2026, 1, 1), h1.from());
        assertEquals(LocalDate.of(2026, 6, 30), h1.to());
        assertEquals(SummaryPeriod.half(2025, 2), h1.previous());
        assertEquals(SummaryPeriod.half(2025, 1), h1.sameLastYear());
        assertEquals("2026年上半年", h1.worded());
    }

    @Test
    void theSecondHalfComparesWithTheFirstHalfOfItsYear() {
        SummaryPeriod h2 = SummaryPeriod.half(2026, 2);
        assertEquals(SummaryPeriod.half(2026, 1), h2.previous());
        assertEquals(LocalDate.of(2025, 12, 31), h2.sameLastYear().to());
        assertEquals("2026年下半年", h2.worded());
    }

    @Test
    void aYearComparesWithTheYearBefore() {
        SummaryPeriod year = SummaryPeriod.year(2026);
        assertEquals(SummaryPeriod.year(2025), year.previous());
        assertEquals(SummaryPeriod.year(2025), year.sameLastYear());
        assertEquals(365, year.days());
        assertEquals("2026年", year.worded());
    }

    @Test
    void aCustomSpanComparesWithAsManyDaysJustBefore() {
        SummaryPeriod span = SummaryPeriod.custom(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertEquals(SummaryPeriod.custom(LocalDate.of(2026, 1, 29), LocalDate.of(2026, 2, 28)), span.previous());
        assertEquals(31, span.previous().days());
        assertEquals("2026年3月1日至2026年3月31日", span.worded());
    }

    @Test
    void theTwentyNinthOfFebruaryBecomesTheTwentyEighthLastYear() {
        SummaryPeriod span = SummaryPeriod.custom(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29));
        assertEquals(LocalDate.of(2027, 2, 28), span.sameLastYear().to());
    }

    @Test
    void refusesAnEndBeforeTheStartAHalfOtherThanOneOrTwoAndOverTenYears() {
        assertEquals("period.order", assertThrows(RuleViolationException.class,
                () -> SummaryPeriod.custom(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1))).messageKey());
        assertEquals("period.half", assertThrows(RuleViolationException.class,
                () -> SummaryPeriod.half(2026, 3)).messageKey());
        assertEquals("period.tooLong", assertThrows(RuleViolationException.class,
                () -> SummaryPeriod.custom(LocalDate.of(2010, 1, 1), LocalDate.of(2026, 1, 1))).messageKey());
    }
}
