package cn.kejiju.workbench.commissioner;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class MonthSpanTest {

    private static StatisticsPeriod days(String from, String to) {
        return new StatisticsPeriod(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void aYearIsTwelveWholeMonthsAndNoDays() {
        MonthSpan span = MonthSpan.of(StatisticsPeriod.year(2026));
        assertEquals(YearMonth.of(2026, 1), span.first());
        assertEquals(YearMonth.of(2026, 12), span.last());
        assertEquals(List.of(), span.days());
    }

    @Test
    void partMonthsAtBothEndsAreReadAsDays() {
        MonthSpan span = MonthSpan.of(days("2025-11-15", "2026-02-20"));
        assertEquals(YearMonth.of(2025, 12), span.first());
        assertEquals(YearMonth.of(2026, 1), span.last());
        assertEquals(List.of(days("2025-11-15", "2025-11-30"), days("2026-02-01", "2026-02-20")), span.days());
    }

    @Test
    void aPeriodEndingOnTheLastDayOfFebruaryInALeapYearEndsWithAWholeMonth() {
        MonthSpan span = MonthSpan.of(days("2028-01-10", "2028-02-29"));
        assertEquals(YearMonth.of(2028, 2), span.first());
        assertEquals(YearMonth.of(2028, 2), span.last());
        assertEquals(List.of(days("2028-01-10", "2028-01-31")), span.days());
    }

    @Test
    void aPeriodInsideMonthsItDoesNotFillIsOneRangeOfDays() {
        MonthSpan within = MonthSpan.of(days("2026-03-02", "2026-03-30"));
        assertFalse(within.hasWholeMonths());
        assertNull(within.first());
        assertEquals(List.of(days("2026-03-02", "2026-03-30")), within.days());

        MonthSpan across = MonthSpan.of(days("2026-01-15", "2026-02-10"));
        assertFalse(across.hasWholeMonths());
        assertEquals(List.of(days("2026-01-15", "2026-02-10")), across.days());
    }

    @Test
    void aSingleWholeMonthAndASingleDay() {
        MonthSpan march = MonthSpan.of(days("2026-03-01", "2026-03-31"));
        assertEquals(YearMonth.of(2026, 3), march.first());
        assertEquals(YearMonth.of(2026, 3), march.last());
        assertEquals(List.of(), march.days());

        assertEquals(List.of(days("2026-03-31", "2026-03-31")), MonthSpan.of(days("2026-03-31", "2026-03-31")).days());
    }
}
