package cn.kejiju.workbench.enterprise;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.PhoneNumber;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnterpriseTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final Jurisdiction city = Jurisdiction.city("359900000000", "江州市");
    private final Jurisdiction county = Jurisdiction.under(city, "359921000000", "临江县");
    private final Jurisdiction township = Jurisdiction.under(county, "359921101000", "城关镇");
    private final CreditCode code = CreditCode.of("91350100M000100Y43");

    private EnterpriseProfile profile(Jurisdiction where, HighTechCertificate highTech, Integer smeYear) {
        return new EnterpriseProfile(" 临江蓝光电子有限公司 ", EnterpriseKind.ENTERPRISE, "电子信息", where,
                "城关镇工业路8号", "王经理", PhoneNumber.of("13812345678"), highTech, smeYear);
    }

    @Test
    void liesInTheCountyOfItsTownship() {
        Enterprise enterprise = new Enterprise(code, profile(township, null, null), CLOCK);
        assertSame(county, enterprise.getCounty());
        assertEquals("临江蓝光电子有限公司", enterprise.getName());
        assertEquals(java.time.LocalDateTime.of(2026, 6, 30, 10, 0), enterprise.getCreatedAt());
    }

    @Test
    void keepsThePinyinInitialsOfItsNameAndRefreshesThemWhenStoredWithout() throws ReflectiveOperationException {
        Enterprise enterprise = new Enterprise(code, profile(township, null, null), CLOCK);
        assertEquals("ljlgdzyxgs", enterprise.getInitials());
        java.lang.reflect.Field initials = Enterprise.class.getDeclaredField("initials");
        initials.setAccessible(true);
        initials.set(enterprise, null);
        assertEquals(true, enterprise.refreshInitials());
        assertEquals("ljlgdzyxgs", enterprise.getInitials());
        assertEquals(false, enterprise.refreshInitials(), "nothing to change the second time");
    }

    @Test
    void mustLieInATownship() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> new Enterprise(code, profile(county, null, null), CLOCK));
        assertEquals("enterprise.townshipLevel", e.messageKey());
        assertEquals("townshipId", e.field());
    }

    @Test
    void highTechIsValidUntilTheCertificateExpires() {
        Enterprise enterprise = new Enterprise(code,
                profile(township, new HighTechCertificate("GR202335000123", LocalDate.of(2026, 12, 31)), null), CLOCK);
        assertTrue(enterprise.isHighTechOn(LocalDate.of(2026, 12, 31)));
        assertFalse(enterprise.isHighTechOn(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void highTechCertificateNeedsNumberAndDate() {
        assertEquals("highTech.validUntilRequired", assertThrows(RuleViolationException.class,
                () -> new HighTechCertificate("GR202335000123", null)).messageKey());
        assertEquals("highTech.numberRequired", assertThrows(RuleViolationException.class,
                () -> new HighTechCertificate(" ", LocalDate.of(2026, 1, 1))).messageKey());
    }

    @Test
    void smeYearWithinTheEvaluationYears() {
        assertEquals(2024, new Enterprise(code, profile(township, null, 2024), CLOCK).smeRegisteredYear().orElseThrow());
        assertEquals("enterprise.smeYear", assertThrows(RuleViolationException.class,
                () -> new Enterprise(code, profile(township, null, 2016), CLOCK)).messageKey());
        assertEquals("enterprise.smeYear", assertThrows(RuleViolationException.class,
                () -> new Enterprise(code, profile(township, null, 2027), CLOCK)).messageKey());
    }

    @Test
    void revisionChecksEveryRuleAndKeepsTheOldStateOnFailure() {
        Enterprise enterprise = new Enterprise(code, profile(township, null, null), CLOCK);
        EnterpriseProfile nameless = new EnterpriseProfile(" ", EnterpriseKind.COOPERATIVE, null, township,
                null, null, null, null, null);
        assertEquals("field.required", assertThrows(RuleViolationException.class,
                () -> enterprise.revise(code, nameless, CLOCK)).messageKey());
        assertEquals(EnterpriseKind.ENTERPRISE, enterprise.getKind());
        assertEquals("临江蓝光电子有限公司", enterprise.getName());
    }

    @Test
    void tooLongFieldsAreRefusedNamingTheField() {
        EnterpriseProfile longAddress = new EnterpriseProfile("某公司", EnterpriseKind.ENTERPRISE, null, township,
                "路".repeat(Enterprise.ADDRESS_MAX + 1), null, null, null, null);
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> new Enterprise(code, longAddress, CLOCK));
        assertEquals("address", e.field());
    }
}
