package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.commissioner.StatisticsPeriod;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PeriodChoiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void aYearHalvesAndSpans() {
        PeriodChoice choice = new PeriodChoice(TODAY);
        assertEquals(StatisticsPeriod.year(2026), choice.period(), "this year by default");
        choice.setMode(PeriodChoice.Mode.SECOND_HALF);
        choice.setYear(2025);
        assertEquals(new StatisticsPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)), choice.period());
        choice.setMode(PeriodChoice.Mode.CUSTOM);
        assertEquals(new StatisticsPeriod(LocalDate.of(2026, 1, 1), TODAY), choice.period(), "1 January to today");
        choice.setFrom(TODAY.plusDays(1));
        assertThrows(RuleViolationException.class, choice::period);
        choice.setMode(null);
        assertEquals(PeriodChoice.Mode.YEAR, choice.getMode());
    }

    @Test
    void theLastTenYearsNewestFirst() {
        List<Integer> years = new PeriodChoice(TODAY).getYears();
        assertEquals(10, years.size());
        assertEquals(2026, years.get(0));
        assertEquals(2017, years.get(9));
    }
}
