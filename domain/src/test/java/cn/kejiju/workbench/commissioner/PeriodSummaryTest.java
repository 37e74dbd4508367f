package cn.kejiju.workbench.commissioner;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeriodSummaryTest {

    private static final StatisticsPeriod H1 = StatisticsPeriod.half(2026, 1);

    private static FigureTally tally(Object... keysAndValues) {
        FigureTally tally = new FigureTally();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            tally.add((String) keysAndValues[i], new BigDecimal(keysAndValues[i + 1].toString()));
        }
        return tally;
    }

    @Test
    void growthIsOneDecimalHalfUpAndUndefinedWhenLastYearIsZero() {
        assertEquals(new BigDecimal("64.3"), SummaryFigure.growth(BigDecimal.valueOf(23), BigDecimal.valueOf(14)));
        assertEquals(new BigDecimal("-50.0"), SummaryFigure.growth(BigDecimal.ONE, BigDecimal.valueOf(2)));
        assertNull(SummaryFigure.growth(BigDecimal.valueOf(5), BigDecimal.ZERO), "— when last year is 0");
    }

    @Test
    void aStockHasItsStartChangeNewAndLastYearsEnd() {
        SummaryFigure figure = SummaryFigure.stock("commissioners.AGRICULTURE",
                tally("commissioners.AGRICULTURE.start", 14, "commissioners.AGRICULTURE.end", 23,
                        "commissioners.AGRICULTURE.new", 9),
                tally("commissioners.AGRICULTURE.end", 12));
        assertTrue(figure.stock());
        assertEquals(0, figure.atStart().compareTo(BigDecimal.valueOf(14)));
        assertEquals(0, figure.value().compareTo(BigDecimal.valueOf(23)));
        assertEquals(0, figure.change().compareTo(BigDecimal.valueOf(9)));
        assertEquals(0, figure.newInPeriod().compareTo(BigDecimal.valueOf(9)));
        assertEquals(0, figure.lastYear().compareTo(BigDecimal.valueOf(12)));
        assertEquals(new BigDecimal("91.7"), figure.growthPercent());
    }

    @Test
    void aFlowHasNoStartAndComparesWithLastYear() {
        SummaryFigure figure = SummaryFigure.flow("trainings.INDUSTRY", tally("trainings.INDUSTRY", 3), new FigureTally());
        assertFalse(figure.stock());
        assertNull(figure.atStart());
        assertNull(figure.change());
        assertEquals(0, figure.value().compareTo(BigDecimal.valueOf(3)));
        assertEquals(0, figure.lastYear().signum());
        assertNull(figure.growthPercent());
    }

    @Test
    void theCityIsTheSumOfItsCountiesAndTheTableEndsWithItsTotal() {
        Map<Long, String> counties = new LinkedHashMap<>();
        counties.put(2L, "临江县");
        counties.put(3L, "云岭县");
        Map<Long, FigureTally> now = Map.of(
                2L, tally("commissioners.end", 54, "commissioners.AGRICULTURE.CITY.end", 4, "visits", 10),
                3L, tally("commissioners.end", 8, "visits", 5, "income", "1.25"));
        PeriodSummary city = PeriodSummary.of(H1, counties, null, now, Map.of(2L, tally("visits", 12)), List.of());
        assertEquals(0, city.figure("commissioners").value().compareTo(BigDecimal.valueOf(62)));
        assertEquals(0, city.figure("visits").value().compareTo(BigDecimal.valueOf(15)));
        assertEquals(new BigDecimal("25.0"), city.figure("visits").growthPercent());
        assertEquals(3, city.counties().size(), "two counties and the total");
        CountyRow total = city.counties().get(2);
        assertNull(total.countyId());
        assertEquals(62, total.commissioners());
        assertEquals(0, new BigDecimal("1.25").compareTo(total.income()));
        assertEquals(4, city.counties().get(0).agriculturalCity());
        assertEquals(new StatisticsPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)), city.lastYearPeriod());

        PeriodSummary one = PeriodSummary.of(H1, counties, 3L, now, Map.of(), List.of());
        assertEquals("云岭县", one.countyName());
        assertEquals(0, one.figure("visits").value().compareTo(BigDecimal.valueOf(5)));
        assertNull(one.figure("visits").growthPercent());
    }

    @Test
    void aCountyUserSeesOneRowAndNoTotal() {
        PeriodSummary summary = PeriodSummary.of(H1, Map.of(2L, "临江县"), 2L, Map.of(), Map.of(), List.of());
        assertEquals(1, summary.counties().size());
        assertEquals("临江县", summary.counties().get(0).county());
    }

    @Test
    void theSamePeriodLastYearOfALeapDayEndsOnThe28th() {
        StatisticsPeriod leap = new StatisticsPeriod(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29));
        assertEquals(LocalDate.of(2027, 2, 28), PeriodSummary.lastYearOf(leap).to());
    }
}
