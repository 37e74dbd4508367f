package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StatisticsPeriodTest {

    @Test
    void halvesAndYearsAreTheDaysWorkSummariesReport() {
        assertEquals(new StatisticsPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)), StatisticsPeriod.half(2026, 1));
        assertEquals(new StatisticsPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)), StatisticsPeriod.half(2026, 2));
        assertEquals(2026, StatisticsPeriod.year(2026).quotaYear());
        assertEquals("period.half", assertThrows(RuleViolationException.class, () -> StatisticsPeriod.half(2026, 3)).messageKey());
    }

    @Test
    void aCustomPeriodRunsForwardsForAtMostTenYears() {
        assertEquals("period.order", assertThrows(RuleViolationException.class,
                () -> new StatisticsPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31))).messageKey());
        assertEquals("period.tooLong", assertThrows(RuleViolationException.class,
                () -> new StatisticsPeriod(LocalDate.of(2010, 1, 1), LocalDate.of(2026, 1, 1))).messageKey());
        assertEquals("field.required", assertThrows(RuleViolationException.class,
                () -> new StatisticsPeriod(null, LocalDate.of(2026, 1, 1))).messageKey());
    }
}
