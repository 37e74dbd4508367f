package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LetPeriodTest {

    private static LetPeriod period(String start, String end) {
        return new LetPeriod(LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void periodsSharingADayOverlap() {
        LetPeriod year = period("2026-01-01", "2026-12-31");
        assertTrue(year.overlaps(period("2026-12-31", "2027-06-30")), "the last day is shared");
        assertTrue(period("2025-06-01", "2026-01-01").overlaps(year), "the first day is shared");
        assertTrue(year.overlaps(period("2026-03-01", "2026-03-01")), "a single day inside");
        assertTrue(period("2025-01-01", "2027-12-31").overlaps(year), "one contains the other");
        assertTrue(year.overlaps(year));
    }

    @Test
    void consecutivePeriodsDoNotOverlap() {
        LetPeriod year = period("2026-01-01", "2026-12-31");
        assertFalse(year.overlaps(period("2027-01-01", "2027-12-31")));
        assertFalse(period("2025-01-01", "2025-12-31").overlaps(year));
        assertFalse(period("2026-01-01", "2026-01-15").overlaps(period("2026-01-16", "2026-01-31")));
    }

    @Test
    void theEndIsNotBeforeTheStartAndAtMostTenYearsLater() {
        assertEquals("period.order", assertThrows(RuleViolationException.class,
                () -> period("2026-02-01", "2026-01-31")).messageKey());
        assertEquals("incubator.agreement.tooLong", assertThrows(RuleViolationException.class,
                () -> period("2026-01-01", "2036-01-02")).messageKey());
        assertEquals("endDate", assertThrows(RuleViolationException.class,
                () -> new LetPeriod(LocalDate.of(2026, 1, 1), null)).field());
    }

    @Test
    void monthsCountStartedMonths() {
        assertEquals(12, period("2026-01-01", "2026-12-31").months());
        assertEquals(1, period("2026-01-15", "2026-01-15").months());
        assertEquals(1, period("2026-01-15", "2026-02-14").months());
        assertEquals(2, period("2026-01-15", "2026-02-15").months());
        assertEquals(36, period("2026-03-01", "2029-02-28").months());
    }
}
