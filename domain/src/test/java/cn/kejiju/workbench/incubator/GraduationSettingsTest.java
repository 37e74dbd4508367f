package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GraduationSettingsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final GraduationSettings settings = GraduationSettings.defaults();

    private static YearValues year(String revenue, String investment) {
        return new YearValues(new BigDecimal(revenue), new BigDecimal(investment), 10, 0, 0);
    }

    private static GraduationFacts figures(Map<Integer, YearValues> years) {
        return new GraduationFacts(null, null, years, null, null);
    }

    private List<GraduationCriterion> met(GraduationFacts facts) {
        return settings.assess(facts, DAY).stream().map(GraduationReason::criterion).toList();
    }

    @Test
    void nothingRecordedMeetsNothing() {
        assertTrue(settings.assess(figures(Map.of()), DAY).isEmpty());
    }

    @Test
    void aHighTechCertificateCountsWhileValidOnTheDay() {
        assertEquals(List.of(GraduationCriterion.HIGH_TECH), met(new GraduationFacts("GR1", DAY, Map.of(), null, null)));
        assertEquals(List.of(), met(new GraduationFacts("GR1", DAY.minusDays(1), Map.of(), null, null)));
        GraduationReason reason = settings.assess(new GraduationFacts("GR1", DAY, Map.of(), null, null), DAY).get(0);
        assertEquals(List.of("GR1", "2026-06-30"), reason.arguments());
        assertEquals("incubator.graduation.reason.HIGH_TECH", reason.messageKey());
    }

    @Test
    void investmentCountsOverFiveMillionInAllNotAtIt() {
        assertEquals(List.of(), met(figures(Map.of(2024, year("0", "300"), 2025, year("0", "200")))));
        assertEquals(List.of(GraduationCriterion.INVESTMENT),
                met(figures(Map.of(2024, year("0", "300"), 2025, year("0", "200.01")))));
        GraduationReason reason = settings.assess(figures(Map.of(2023, year("0", "250.5"), 2025, year("0", "250"))), DAY)
                .get(0);
        assertEquals(List.of("500.5", "500"), reason.arguments());
    }

    @Test
    void revenueCountsForTwoConsecutiveYearsTogether() {
        assertEquals(List.of(GraduationCriterion.REVENUE),
                met(figures(Map.of(2024, year("600", "0"), 2025, year("400.01", "0")))));
        assertEquals(List.of(), met(figures(Map.of(2024, year("600", "0"), 2025, year("400", "0")))),
                "exactly 1000 is not over it");
        assertEquals(List.of(), met(figures(Map.of(2022, year("900", "0"), 2024, year("900", "0")))),
                "two years apart are not consecutive");
        assertEquals(List.of(), met(figures(Map.of(2025, year("5000", "0")))), "one year is not two");
    }

    @Test
    void theLatestQualifyingPairIsTheReason() {
        GraduationReason reason = settings.assess(figures(Map.of(2022, year("700", "0"), 2023, year("700", "0"),
                2024, year("10", "0"), 2025, year("995", "0"))), DAY).get(0);
        assertEquals(List.of("2024", "2025", "10", "995", "1005", "1000"), reason.arguments());
    }

    @Test
    void aListingCountsFromItsDay() {
        assertEquals(List.of(GraduationCriterion.LISTING),
                met(new GraduationFacts(null, null, Map.of(), ListingKind.MERGED, DAY)));
        assertEquals(List.of(), met(new GraduationFacts(null, null, Map.of(), ListingKind.LISTED, DAY.plusDays(1))));
        assertEquals("incubator.graduation.reason.LISTING.MERGED",
                settings.assess(new GraduationFacts(null, null, Map.of(), ListingKind.MERGED, DAY), DAY).get(0).messageKey());
    }

    @Test
    void disabledCriteriaAreNotAppliedAndThresholdsAreConfigurable() {
        settings.revise(new GraduationSettings.Values(false, true, new BigDecimal("100"), false, new BigDecimal("1000"),
                true), "admin", CLOCK);
        assertEquals(List.of(GraduationCriterion.INVESTMENT), met(new GraduationFacts("GR1", DAY,
                Map.of(2024, year("2000", "100.01"), 2025, year("2000", "0")), null, null)));
        assertThrows(RuleViolationException.class, () -> settings.revise(new GraduationSettings.Values(false, false,
                BigDecimal.ONE, false, BigDecimal.ONE, false), "admin", CLOCK));
        assertThrows(RuleViolationException.class, () -> settings.revise(new GraduationSettings.Values(true, true,
                BigDecimal.ZERO, true, BigDecimal.ONE, true), "admin", CLOCK));
    }

    @Test
    void everyCriterionMetIsListedInOrder() {
        assertEquals(List.of(GraduationCriterion.HIGH_TECH, GraduationCriterion.INVESTMENT, GraduationCriterion.REVENUE,
                        GraduationCriterion.LISTING),
                met(new GraduationFacts("GR1", DAY, Map.of(2024, year("600", "501"), 2025, year("600", "0")),
                        ListingKind.LISTED, DAY)));
    }

    @Test
    void yearValuesAreExactAndNotNegative() {
        assertEquals(new BigDecimal("12.30"), year("12.3", "0").revenue());
        assertThrows(RuleViolationException.class, () -> year("1.234", "0"));
        assertThrows(RuleViolationException.class, () -> year("1", "-0.01"));
        assertThrows(RuleViolationException.class, () -> new YearValues(BigDecimal.ONE, BigDecimal.ONE, -1, 0, 0));
    }
}
