package cn.kejiju.workbench.enterprise;

import cn.kejiju.workbench.Fixtures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Sending back the masked phone read from a list or the API keeps the stored number; anything else is taken as entered. */
class EnterpriseDraftTest {

    private final Fixtures f = new Fixtures();

    private EnterpriseDraft withPhone(String phone) {
        EnterpriseDraft read = EnterpriseDraft.of(f.company);
        return new EnterpriseDraft(read.creditCode(), read.name(), read.kind(), read.industry(), read.townshipId(),
                read.address(), read.contactName(), phone, read.highTechCertificateNo(), read.highTechValidUntil(),
                read.smeRegisteredYear());
    }

    @Test
    void theMaskOfTheStoredPhoneKeepsTheStoredNumber() {
        String masked = f.company.contactPhone().orElseThrow().masked();

        assertEquals("13912345678", withPhone(masked).unmaskingPhone(f.company).contactPhone());
    }

    @Test
    void aNewNumberOrNoNumberIsTakenAsEntered() {
        EnterpriseDraft changed = withPhone("13800001111");
        EnterpriseDraft cleared = withPhone(null);

        assertSame(changed, changed.unmaskingPhone(f.company));
        assertSame(cleared, cleared.unmaskingPhone(f.company));
    }

    @Test
    void aMaskThatIsNotTheStoredNumbersStaysAsEnteredForTheRulesToRefuse() {
        assertEquals("139****0000", withPhone("139****0000").unmaskingPhone(f.company).contactPhone());
        assertEquals("139****5678", withPhone("139****5678").unmaskingPhone(f.cooperative).contactPhone());
    }

    @Test
    void theDraftOfAStoredEnterpriseIsItsStateAsEntered() {
        EnterpriseDraft draft = EnterpriseDraft.of(f.company);

        assertEquals(f.company.getCreditCode().value(), draft.creditCode());
        assertEquals(f.township.getId(), draft.townshipId());
        assertEquals("13912345678", draft.contactPhone());
        assertEquals(EnterpriseKind.ENTERPRISE, draft.kind());
    }
}
