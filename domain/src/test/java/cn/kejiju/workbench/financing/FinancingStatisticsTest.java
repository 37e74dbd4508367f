package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.commissioner.FigureTally;
import cn.kejiju.workbench.commissioner.StatisticsPeriod;
import cn.kejiju.workbench.commissioner.SummaryFigure;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FinancingStatisticsTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theCompensationRateIsPaidOverReleasedInPercentWithTwoDecimalsHalfUp() {
        assertEquals(d("2.50"), FinancingStatistics.compensationRate(d("250000.00"), d("10000000.00")));
        assertEquals(d("0.00"), FinancingStatistics.compensationRate(d("0.00"), d("57000000.00")));
        // 1 ÷ 3 = 33.333…% and 2 ÷ 3 = 66.666…%: rounded half up to the hundredth of a percent
        assertEquals(d("33.33"), FinancingStatistics.compensationRate(d("1.00"), d("3.00")));
        assertEquals(d("66.67"), FinancingStatistics.compensationRate(d("2.00"), d("3.00")));
        assertEquals(d("0.01"), FinancingStatistics.compensationRate(d("0.50"), d("10000.00")));
        // more paid than released (earlier guarantees compensated in a quiet period): above 100, not capped
        assertEquals(d("150.00"), FinancingStatistics.compensationRate(d("3.00"), d("2.00")));
    }

    @Test
    void nothingReleasedGivesNoRateWhateverWasPaid() {
        assertNull(FinancingStatistics.compensationRate(d("0"), d("0")));
        assertNull(FinancingStatistics.compensationRate(d("120000.00"), d("0.00")));
        assertNull(FinancingStatistics.compensationRate(d("1.00"), null));
    }

    @Test
    void theStartIsTheEndOfTheDayBeforeAndLastYearTheSameDays() {
        StatisticsPeriod half = StatisticsPeriod.half(2026, 1);
        assertEquals(LocalDate.of(2025, 12, 31), FinancingStatistics.startDay(half));
        LocalDate today = LocalDate.of(2026, 3, 15);
        assertEquals(today, FinancingStatistics.classificationDay(half.to(), today));
        assertEquals(LocalDate.of(2025, 12, 31), FinancingStatistics.classificationDay(LocalDate.of(2025, 12, 31), today));
        assertEquals(today, FinancingStatistics.classificationDay(today, today));
        assertEquals(new StatisticsPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)),
                FinancingStatistics.lastYearOf(half));
    }

    @Test
    void theCityIsTheSumOfItsCountiesAndTheRateIsWorkedOutFromTheSums() {
        FigureTally linjiang = new FigureTally();
        linjiang.add("newCount", 2);
        linjiang.add("newAmount", d("5000000.00"));
        linjiang.add("cumulative.start", d("1000000.00"));
        linjiang.add("cumulative.new", d("5000000.00"));
        linjiang.add("cumulative.end", d("6000000.00"));
        linjiang.add("compensationAmount", d("100000.00"));
        linjiang.add("released", d("1000000.00"));
        linjiang.add("loans.SUBSTANDARD.end", 1);
        linjiang.add("balance.SUBSTANDARD.end", d("300000.00"));
        linjiang.add("loans.LOSS.end", 1);
        linjiang.add("balance.LOSS.end", d("200000.00"));
        linjiang.add("loans.NORMAL.end", 4);
        FigureTally yunling = new FigureTally();
        yunling.add("newCount", 1);
        yunling.add("newAmount", d("700000.00"));
        yunling.add("cumulative.end", d("700000.00"));
        yunling.add("released", d("3000000.00"));
        FigureTally lastYear = new FigureTally();
        lastYear.add("newAmount", d("2850000.00"));
        lastYear.add("released", d("0"));

        Map<Long, String> names = new LinkedHashMap<>();
        names.put(2L, "临江县");
        names.put(3L, "云岭县");
        StatisticsPeriod period = StatisticsPeriod.half(2026, 1);
        FinancingStatistics city = FinancingStatistics.of(period, names, null, Map.of(2L, linjiang, 3L, yunling),
                Map.of(2L, lastYear), List.of(), List.of());

        SummaryFigure amount = city.figure("newAmount");
        assertEquals(d("5700000.00"), amount.value());
        assertEquals(d("2850000.00"), amount.lastYear());
        assertEquals(d("100.0"), amount.growthPercent());
        SummaryFigure cumulative = city.figure("cumulative");
        assertEquals(d("1000000.00"), cumulative.atStart());
        assertEquals(d("6700000.00"), cumulative.value());
        // 100,000 ÷ (1,000,000 + 3,000,000) = 2.5 %; last year nothing released: no rate
        assertEquals(d("2.50"), city.figure("compensationRate").value());
        assertNull(city.figure("compensationRate").lastYear());

        assertEquals(3, city.counties().size());
        FinancingStatistics.CountyRow first = city.counties().get(0);
        assertEquals("临江县", first.county());
        assertEquals(d("10.00"), first.compensationRate());
        assertEquals(2, first.overdueLoans());
        assertEquals(d("500000.00"), first.overdueBalance());
        assertEquals(d("0.00"), city.counties().get(1).compensationRate());
        FinancingStatistics.CountyRow total = city.counties().get(2);
        assertNull(total.countyId());
        assertEquals(3, total.newCount());

        FinancingStatistics one = FinancingStatistics.of(period, names, 3L, Map.of(2L, linjiang, 3L, yunling),
                Map.of(2L, lastYear), List.of(), List.of());
        assertEquals("云岭县", one.countyName());
        assertEquals(d("700000.00"), one.figure("newAmount").value());
        assertEquals(d("0"), one.figure("newAmount").lastYear());
        assertNull(one.figure("newAmount").growthPercent());
    }

    @Test
    void aGuarantorsHeadroomIsMultipleTimesNetAssetsLessInForceNeverBelowZero() {
        FinancingStatistics.GuarantorRow row = new FinancingStatistics.GuarantorRow(1, "长春担保",
                GuarantorCategory.SMALL_MICRO, d("20000000.00"), LocalDate.of(2026, 1, 1), 15, d("0"), 0,
                d("250000000.00"));
        assertEquals(d("300000000.00"), row.cap());
        assertEquals(d("50000000.00"), row.headroom());
        FinancingStatistics.GuarantorRow over = new FinancingStatistics.GuarantorRow(1, "长春担保",
                GuarantorCategory.STANDARD, d("20000000.00"), LocalDate.of(2026, 1, 1), 10, d("0"), 0,
                d("200000000.01"));
        assertEquals(d("0.00"), over.headroom());
        FinancingStatistics.AgreementRow agreement = new FinancingStatistics.AgreementRow(1, "长春担保", "国开行",
                d("100000000.00"), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), d("99999999.99"), d("0"));
        assertEquals(d("0.01"), agreement.headroom());
    }

    @Test
    void eachFigureHasItsUnit() {
        assertEquals("PERCENT", FinancingStatistics.unitOf("compensationRate"));
        for (String count : List.of("newCount", "cumulativeCount", "outstandingCount", "releasedCount", "compensations",
                "recoveryCount", "loans.LOSS")) {
            assertEquals("COUNT", FinancingStatistics.unitOf(count), count);
        }
        for (String yuan : List.of("newAmount", "cumulative", "outstanding", "released", "compensationAmount",
                "recoveries", "balance.LOSS")) {
            assertEquals("YUAN", FinancingStatistics.unitOf(yuan), yuan);
        }
    }
}
