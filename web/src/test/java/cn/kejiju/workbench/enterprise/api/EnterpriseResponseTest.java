package cn.kejiju.workbench.enterprise.api;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.enterprise.EnterpriseKind;
import cn.kejiju.workbench.enterprise.EnterpriseProfile;
import cn.kejiju.workbench.enterprise.HighTechCertificate;
import cn.kejiju.workbench.shared.PhoneNumber;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API masks the contact phone, names county and township, and says whether the enterprise is high-tech on the day. */
class EnterpriseResponseTest {

    private final Fixtures f = new Fixtures();

    @Test
    void theContactPhoneIsAlwaysMasked() {
        EnterpriseResponse response = EnterpriseResponse.of(f.company, Fixtures.TODAY);

        assertEquals(PhoneNumber.mask("13912345678"), response.contactPhone());
        assertFalse(response.contactPhone().contains("12345678"), response.contactPhone());
        assertNull(EnterpriseResponse.of(f.cooperative, Fixtures.TODAY).contactPhone());
    }

    @Test
    void theCountyAndTownshipAreNamedByIdCodeAndName() {
        EnterpriseResponse response = EnterpriseResponse.of(f.company, Fixtures.TODAY);

        assertEquals(new EnterpriseResponse.Ref(f.county.getId(), "359921000000", "临江县"), response.county());
        assertEquals(new EnterpriseResponse.Ref(f.township.getId(), "359921101000", "城关镇"), response.township());
        assertEquals(f.company.getCreditCode().value(), response.creditCode());
    }

    @Test
    void itIsHighTechWhileItsCertificateIsValidAndNotAfter() {
        Enterprise certified = Fixtures.withId(new Enterprise(Fixtures.creditCode("91350100MA0000009"),
                new EnterpriseProfile("临江芯片有限公司", EnterpriseKind.ENTERPRISE, "电子", f.township, null, null, null,
                        new HighTechCertificate("GR202635000123", LocalDate.of(2026, 12, 31)), null), Fixtures.CLOCK));

        EnterpriseResponse valid = EnterpriseResponse.of(certified, LocalDate.of(2026, 12, 31));
        EnterpriseResponse expired = EnterpriseResponse.of(certified, LocalDate.of(2027, 1, 1));

        assertTrue(valid.highTech());
        assertEquals("GR202635000123", valid.highTechCertificateNo());
        assertFalse(expired.highTech());
        assertEquals(LocalDate.of(2026, 12, 31), expired.highTechValidUntil());
        assertFalse(EnterpriseResponse.of(f.company, Fixtures.TODAY).highTech());
    }
}
