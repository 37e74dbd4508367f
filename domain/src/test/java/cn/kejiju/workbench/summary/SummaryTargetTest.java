package cn.kejiju.workbench.summary;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummaryTargetTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 9, 0);
    private static final Map<String, Set<String>> FIGURES = Map.of(
            "indicator", Set.of("patentsApplied", "patentsGranted"), "financing", Set.of("newAmount"));
    private final Jurisdiction city = Jurisdiction.city("359900000000", "江州市");
    private final Jurisdiction county = Jurisdiction.under(city, "359921000000", "临江县");

    private SummaryTarget target(int year, Jurisdiction where, String section, String figure, String value) {
        return new SummaryTarget(year, where, section, figure, value == null ? null : new BigDecimal(value), FIGURES,
                "市局领导", NOW);
    }

    private static void refused(String key, String field, Runnable action) {
        RuleViolationException e = assertThrows(RuleViolationException.class, action::run);
        assertEquals(key, e.messageKey());
        assertEquals(field, e.field());
    }

    @Test
    void aTargetOfAKnownFigureForACounty() {
        SummaryTarget target = target(2026, county, "financing", "newAmount", "100000000.00");
        assertEquals(2026, target.getYear());
        assertEquals("financing", target.getSection());
        assertEquals("newAmount", target.getFigure());
        assertEquals(0, new BigDecimal("100000000").compareTo(target.getValue()));
        assertEquals("市局领导", target.getSetBy());
        target.change(new BigDecimal("205"), "另一位", NOW.plusDays(1));
        assertEquals(new BigDecimal("205"), target.getValue());
        assertEquals("另一位", target.getSetBy());
    }

    @Test
    void unknownSectionsAndFiguresAreRefused() {
        refused("summary.target.section", "section", () -> target(2026, county, "weather", "patentsApplied", "1"));
        refused("summary.target.figure", "figure", () -> target(2026, county, "indicator", "newAmount", "1"));
    }

    @Test
    void onlyACountyGetsATarget() {
        refused("summary.target.county", "countyId", () -> target(2026, city, "indicator", "patentsApplied", "1"));
        Jurisdiction township = Jurisdiction.under(county, "359921101000", "城关镇");
        refused("summary.target.county", "countyId", () -> target(2026, township, "indicator", "patentsApplied", "1"));
        refused("summary.target.county", "countyId", () -> target(2026, null, "indicator", "patentsApplied", "1"));
    }

    @Test
    void valuesAreAtLeastZeroWithTwoDecimals() {
        refused("summary.target.negative", "value", () -> target(2026, county, "indicator", "patentsApplied", "-1"));
        refused("summary.target.digits", "value", () -> target(2026, county, "indicator", "patentsApplied", "1.005"));
        refused("summary.target.value", "value", () -> target(2026, county, "indicator", "patentsApplied", null));
        SummaryTarget target = target(2026, county, "indicator", "patentsApplied", "0");
        refused("summary.target.negative", "value", () -> target.change(new BigDecimal("-0.01"), "x", NOW));
        assertEquals(0, target.getValue().signum());
        assertEquals(new BigDecimal("12.5"), target(2026, county, "indicator", "patentsApplied", "12.50").getValue());
    }

    @Test
    void theYearIsPlausible() {
        refused("summary.target.year", "year", () -> target(1999, county, "indicator", "patentsApplied", "1"));
        refused("summary.target.year", "year", () -> target(2101, county, "indicator", "patentsApplied", "1"));
    }

    @Test
    void percentIsOneDecimalHalfUp() {
        TargetProgress progress = TargetProgress.of(new BigDecimal("205"), new BigDecimal("100"), 2026,
                LocalDate.of(2026, 6, 30));
        assertEquals(new BigDecimal("48.8"), progress.percent());
        assertEquals(48, progress.bar());
        assertEquals(new BigDecimal("150.0"), TargetProgress.of(new BigDecimal("2"), new BigDecimal("3"), 2026,
                LocalDate.of(2026, 6, 30)).percent());
        assertEquals(100, TargetProgress.of(new BigDecimal("2"), new BigDecimal("3"), 2026,
                LocalDate.of(2026, 6, 30)).bar());
        assertNull(TargetProgress.of(BigDecimal.ZERO, BigDecimal.ONE, 2026, LocalDate.of(2026, 6, 30)).percent());
    }

    @Test
    void proRataFollowsTheDaysOfTheYear() {
        // 2026-06-30 is day 181 of 365: 205 × 181 / 365 = 101.657 → 101.66
        TargetProgress june = TargetProgress.of(new BigDecimal("205"), new BigDecimal("100"), 2026,
                LocalDate.of(2026, 6, 30));
        assertEquals(new BigDecimal("101.66"), june.expected());
        assertTrue(june.behindProRata());
        assertFalse(TargetProgress.of(new BigDecimal("205"), new BigDecimal("102"), 2026,
                LocalDate.of(2026, 6, 30)).behindProRata());
        // a leap year has 366 days: 366 × 60 / 366
        assertEquals(new BigDecimal("60.00"), TargetProgress.of(new BigDecimal("366"), BigDecimal.ZERO, 2028,
                LocalDate.of(2028, 2, 29)).expected());
        assertEquals(0, TargetProgress.of(new BigDecimal("205"), BigDecimal.ZERO, 2027,
                LocalDate.of(2026, 12, 31)).expected().signum());
        assertEquals(new BigDecimal("205.00"), TargetProgress.of(new BigDecimal("205"), BigDecimal.ZERO, 2025,
                LocalDate.of(2026, 1, 2)).expected());
        assertEquals(LocalDate.of(2025, 12, 31), TargetProgress.yearToDate(2025, LocalDate.of(2026, 1, 2)));
        assertNull(TargetProgress.yearToDate(2027, LocalDate.of(2026, 1, 2)));
        assertEquals(LocalDate.of(2026, 5, 1), TargetProgress.yearToDate(2026, LocalDate.of(2026, 5, 1)));
    }

    @Test
    void behindProRataWarnsFromOctoberOfTheTargetsYear() {
        BigDecimal target = new BigDecimal("100");
        BigDecimal low = new BigDecimal("10");
        assertFalse(TargetProgress.of(target, low, 2026, LocalDate.of(2026, 9, 30)).warns());
        assertTrue(TargetProgress.of(target, low, 2026, LocalDate.of(2026, 10, 1)).warns());
        assertTrue(TargetProgress.of(target, low, 2026, LocalDate.of(2026, 12, 31)).warns());
        assertFalse(TargetProgress.of(target, low, 2025, LocalDate.of(2026, 10, 1)).warns());
        assertFalse(TargetProgress.of(target, new BigDecimal("80"), 2026, LocalDate.of(2026, 10, 1)).warns());
    }
}
