package cn.kejiju.workbench.security;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.audit.AuditEntry;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.OutsideCountyException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A record of another county reads as not found, a change outside the county is refused, and both are audited. */
class CountyGuardTest {

    private final Fixtures f = new Fixtures();
    private final List<AuditEvent> audited = new ArrayList<>();

    private CountyGuard guard(Caller caller) {
        CountyGuard guard = new CountyGuard();
        guard.caller = caller;
        guard.auditTrail = new AuditTrail() {
            @Override
            public AuditEntry recordIndependently(AuditEvent event) {
                audited.add(event);
                return null;
            }
        };
        return guard;
    }

    @Test
    void aRecordOfTheCallersCountyIsReturnedWithoutAudit() {
        Object record = new Object();

        assertSame(record, guard(Callers.of(f.county)).visible("Commissioner", 7, record, f.county));
        assertTrue(audited.isEmpty());
    }

    @Test
    void aRecordOfAnotherCountyIsNotFoundAndTheAttemptIsAudited() {
        assertThrows(NotFoundException.class,
                () -> guard(Callers.of(f.county)).visible("Commissioner", 7, new Object(), f.otherCounty));

        assertEquals(1, audited.size());
        AuditEvent event = audited.get(0);
        assertEquals(AuditAction.ACCESS_DENIED, event.action());
        assertEquals("Commissioner", event.recordType());
        assertEquals("7", event.recordId());
        assertEquals(f.otherCounty.getCode(), event.jurisdictionCode());
    }

    @Test
    void aCityCallerSeesEveryCountysRecords() {
        Object record = new Object();

        assertSame(record, guard(Callers.city()).visible("Commissioner", 7, record, f.otherCounty));
        assertTrue(audited.isEmpty());
    }

    @Test
    void aCountyCallerIsRefusedAChangeOfTheWholeCityNamingTheField() {
        OutsideCountyException refused = assertThrows(OutsideCountyException.class,
                () -> guard(Callers.of(f.county)).requireCityLevel("CommissionerSettings", 1L, "settings"));

        assertEquals("settings", refused.field());
        assertEquals(1, audited.size());
        assertNull(audited.get(0).jurisdictionCode());
        guard(Callers.city()).requireCityLevel("CommissionerSettings", 1L, "settings");
        assertEquals(1, audited.size());
    }

    @Test
    void aChangeOutsideTheCallersCountyIsRefusedAndAuditedWithoutANewRecordsId() {
        assertThrows(OutsideCountyException.class,
                () -> guard(Callers.of(f.county)).requireWithin("Enterprise", null, f.otherCounty, "townshipId"));

        AuditEvent event = audited.get(0);
        assertNull(event.recordId());
        assertEquals(f.otherCounty.getCode(), event.jurisdictionCode());
        guard(Callers.of(f.county)).requireWithin("Enterprise", null, f.county, "townshipId");
        assertEquals(1, audited.size());
    }
}
