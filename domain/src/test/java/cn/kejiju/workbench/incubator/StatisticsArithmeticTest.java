package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.commissioner.FigureTally;
import cn.kejiju.workbench.commissioner.StatisticsPeriod;
import cn.kejiju.workbench.commissioner.SummaryFigure;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatisticsArithmeticTest {

    private static final RecognitionThreshold NATIONAL = new RecognitionThreshold(RecognitionLevel.NATIONAL, 50,
            new BigDecimal("3.00"), new BigDecimal("75.00"), 20);

    @Test
    void occupancyAndDensityAreExactRatios() {
        CarrierFigures park = new CarrierFigures(new BigDecimal("11423.00"), new BigDecimal("8567.25"), 16, 0);
        assertEquals(new BigDecimal("75.00"), park.occupancyPercent(), "8567.25 ÷ 11423 = 74.9999…% → 75.00");
        assertEquals(new BigDecimal("1.40"), park.tenantsPerThousand(), "16 ÷ 11423 × 1000 = 1.4007");
        CarrierFigures empty = new CarrierFigures(BigDecimal.ZERO, BigDecimal.ZERO, 0, 0);
        assertEquals(new BigDecimal("0.00"), empty.occupancyPercent());
        assertEquals(new BigDecimal("0.00"), empty.tenantsPerThousand());
    }

    @Test
    void indicatorsAreMetAtTheThreshold() {
        List<RecognitionThreshold.Indicator> atIt = NATIONAL.judge(
                new CarrierFigures(new BigDecimal("10000"), new BigDecimal("7500"), 50, 20));
        assertTrue(atIt.stream().allMatch(RecognitionThreshold.Indicator::met), atIt.toString());
        List<RecognitionThreshold.Indicator> below = NATIONAL.judge(
                new CarrierFigures(new BigDecimal("10000"), new BigDecimal("7499"), 49, 19));
        assertEquals(List.of(false, true, false, false), below.stream().map(RecognitionThreshold.Indicator::met).toList(),
                "49 tenants, 4.90 per 1000 m², 74.99%, 19 graduates");
        assertEquals(new BigDecimal("4.90"), below.get(1).value());
    }

    @Test
    void figuresCompareWithTheStartAndLastYear() {
        FigureTally now = new FigureTally();
        now.add("tenants.start", 10);
        now.add("tenants.end", 16);
        now.add("tenants.new", 7);
        now.add("totalArea.start", new BigDecimal("2000"));
        now.add("totalArea.end", new BigDecimal("2000"));
        now.add("letArea.start", new BigDecimal("1000"));
        now.add("letArea.end", new BigDecimal("1500"));
        now.add("graduates", 2);
        FigureTally before = new FigureTally();
        before.add("tenants.end", 8);
        before.add("totalArea.end", new BigDecimal("1000"));
        before.add("letArea.end", new BigDecimal("500"));
        Map<Long, String> counties = new LinkedHashMap<>();
        counties.put(2L, "临江县");
        counties.put(3L, "云岭县");
        IncubatorSummary summary = IncubatorSummary.of(StatisticsPeriod.year(2026), counties, null,
                Map.of(2L, now), Map.of(2L, before), List.of());

        SummaryFigure tenants = summary.figure("tenants");
        assertEquals(BigDecimal.valueOf(10), tenants.atStart());
        assertEquals(BigDecimal.valueOf(6), tenants.change());
        assertEquals(BigDecimal.valueOf(7), tenants.newInPeriod());
        assertEquals(new BigDecimal("100.0"), tenants.growthPercent(), "16 against 8");
        SummaryFigure occupancy = summary.figure("occupancyPercent");
        assertEquals(new BigDecimal("50.00"), occupancy.atStart());
        assertEquals(new BigDecimal("75.00"), occupancy.value());
        assertEquals(new BigDecimal("50.00"), occupancy.lastYear());
        assertNull(occupancy.newInPeriod());
        assertEquals(new BigDecimal("8.00"), summary.figure("tenantsPerThousand").value());
        assertNull(summary.figure("graduates").growthPercent(), "last year 0: no growth");
        assertEquals(3, summary.counties().size(), "two counties and the city");
        assertEquals(16, summary.counties().get(2).tenants());
        assertEquals(0, summary.counties().get(1).tenants());
        assertEquals(new BigDecimal("75.00"), summary.counties().get(0).occupancyPercent());
        assertFalse(summary.figures().isEmpty());
    }
}
