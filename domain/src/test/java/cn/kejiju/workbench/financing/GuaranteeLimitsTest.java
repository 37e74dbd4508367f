package cn.kejiju.workbench.financing;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static cn.kejiju.workbench.Fixtures.CLOCK;
import static cn.kejiju.workbench.Fixtures.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GuaranteeLimitsTest {

    private static final FinancingSettings SETTINGS = FinancingSettings.of(10, 15, new BigDecimal("10"), new BigDecimal("15"));

    private static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    private static Partner guarantor(GuarantorCategory category, String netAssets) {
        return withId(new Partner(PartnerKind.GUARANTOR, new PartnerProfile("长春担保", category, yuan(netAssets),
                LocalDate.of(2025, 12, 31), null), CLOCK));
    }

    private static Cooperation agreement(Partner guarantor, String quota) {
        Partner bank = withId(new Partner(PartnerKind.BANK, new PartnerProfile("国开行", null, null, null, null), CLOCK));
        return withId(new Cooperation(guarantor, bank, yuan(quota), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), CLOCK));
    }

    private static List<LimitCheck> checks(Partner g, String quota, String underAgreement, String byCompany,
                                           String forGroup, String amount) {
        return GuaranteeLimits.checks(g, agreement(g, quota), SETTINGS,
                new GuaranteeLimits.InForce(yuan(underAgreement), yuan(byCompany), yuan(forGroup)), yuan(amount));
    }

    @Test
    void quotaEqualToTheHeadroomPassesAndOneFenMoreFails() {
        Partner g = guarantor(GuarantorCategory.STANDARD, "100000000.00");
        LimitCheck exact = checks(g, "5000000.00", "4000000.00", "0", "0", "1000000.00").get(0);
        assertEquals(LimitKind.QUOTA, exact.kind());
        assertTrue(exact.passes());
        assertEquals(yuan("1000000.00"), exact.headroom());
        assertEquals(yuan("0.00"), exact.shortfall());

        LimitCheck over = checks(g, "5000000.00", "4000000.00", "0", "0", "1000000.01").get(0);
        assertFalse(over.passes());
        assertEquals(yuan("0.01"), over.shortfall());
    }

    @Test
    void liabilityIsTheMultipleOfNetAssetsByCategory() {
        Partner standard = guarantor(GuarantorCategory.STANDARD, "10000000.00");
        LimitCheck liability = checks(standard, "999999999", "0", "99000000.00", "0", "1000000.00").get(1);
        assertEquals(yuan("100000000.00"), liability.cap());
        assertTrue(liability.passes());
        LimitCheck over = checks(standard, "999999999", "0", "99000000.00", "0", "1000000.01").get(1);
        assertEquals(yuan("0.01"), over.shortfall());

        Partner smallMicro = guarantor(GuarantorCategory.SMALL_MICRO, "10000000.00");
        LimitCheck larger = checks(smallMicro, "999999999", "0", "99000000.00", "0", "1000000.01").get(1);
        assertEquals(yuan("150000000.00"), larger.cap());
        assertTrue(larger.passes());
    }

    @Test
    void oneEnterpriseShareRoundsDownToTheFenAndCountsTheGroup() {
        Partner standard = guarantor(GuarantorCategory.STANDARD, "12345678.99");
        LimitCheck single = checks(standard, "999999999", "0", "0", "0", "1").get(2);
        assertEquals(LimitKind.SINGLE_ENTERPRISE, single.kind());
        assertEquals(yuan("1234567.89"), single.cap()); // 1,234,567.899 down to the fen
        LimitCheck group = checks(standard, "999999999", "0", "0", "1000000.00", "234567.90").get(2);
        assertEquals(yuan("234567.89"), group.headroom());
        assertEquals(yuan("0.01"), group.shortfall());

        Partner smallMicro = guarantor(GuarantorCategory.SMALL_MICRO, "10000000.00");
        assertEquals(yuan("1500000.00"), checks(smallMicro, "999999999", "0", "0", "0", "1").get(2).cap());
    }

    @Test
    void usedAboveTheCapLeavesNoHeadroomAndTheWholeAmountShort() {
        LimitCheck check = LimitCheck.of(LimitKind.QUOTA, yuan("100.00"), yuan("120.00"), yuan("5.00"));
        assertEquals(yuan("0.00"), check.headroom());
        assertEquals(yuan("5.00"), check.shortfall());
    }

    @Test
    void theRefusalNamesTheFirstFailingLimitWithHeadroomAndShortfall() {
        Partner g = guarantor(GuarantorCategory.STANDARD, "100000000.00");
        List<LimitCheck> checks = checks(g, "5000000.00", "0", "999000000.00", "0", "2000000.00");
        LimitExceededException refused = assertThrows(LimitExceededException.class, () -> GuaranteeLimits.require(checks));
        assertEquals("financing.limit.liability", refused.messageKey());
        assertEquals(List.of("1,000,000,000.00", "999,000,000.00", "1,000,000.00", "2,000,000.00", "1,000,000.00"),
                List.of(refused.arguments()));
        GuaranteeLimits.require(checks(g, "5000000.00", "0", "0", "0", "2000000.00"));
    }

    @Test
    void settingsAreConfigurable() {
        FinancingSettings tighter = FinancingSettings.of(8, 12, new BigDecimal("5"), new BigDecimal("7.5"));
        Partner g = guarantor(GuarantorCategory.SMALL_MICRO, "10000000.00");
        List<LimitCheck> checks = GuaranteeLimits.checks(g, agreement(g, "1"), tighter,
                new GuaranteeLimits.InForce(yuan("0"), yuan("0"), yuan("0")), yuan("1"));
        assertEquals(yuan("120000000.00"), checks.get(1).cap());
        assertEquals(yuan("750000.00"), checks.get(2).cap());
        assertThrows(cn.kejiju.workbench.shared.RuleViolationException.class,
                () -> FinancingSettings.of(0, 15, BigDecimal.TEN, BigDecimal.TEN));
        assertThrows(cn.kejiju.workbench.shared.RuleViolationException.class,
                () -> FinancingSettings.of(10, 15, new BigDecimal("100.01"), BigDecimal.TEN));
    }
}
