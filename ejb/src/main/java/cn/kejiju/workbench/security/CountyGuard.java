package cn.kejiju.workbench.security;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.jurisdiction.JurisdictionRepository;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.OutsideCountyException;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Answers a record of another county exactly as if it did not exist, and audits the attempt: the
 * one place a context's services check a record read by id against the caller's county.
 */
@Dependent
public class CountyGuard {

    @Inject
    Caller caller;

    @Inject
    AuditTrail auditTrail;

    @Inject
    JurisdictionRepository jurisdictions;

    public <T> T visible(String recordType, long id, T record, Jurisdiction county) {
        if (!caller.sees(county)) {
            auditTrail.recordIndependently(AuditEvent.of(AuditAction.ACCESS_DENIED).record(recordType, id)
                    .jurisdiction(county).detail("outside the caller's county").build());
            throw new NotFoundException(recordType, id);
        }
        return record;
    }

    /**
     * Refuses a county-scoped caller a change of the whole city (a new city, installation-wide settings),
     * and audits the attempt.
     */
    public void requireCityLevel(String recordType, Object id, String field) {
        if (caller.countyScope() != null) {
            refuse(recordType, id, null, field);
        }
    }

    /**
     * Refuses a county-scoped caller a change of anything that lies outside its county ({@code county} is the
     * county the record belongs to or is to belong to; null for the city), and audits the attempt.
     */
    public void requireWithin(String recordType, Object id, Jurisdiction county, String field) {
        if (!caller.sees(county)) {
            refuse(recordType, id, county, field);
        }
    }

    private void refuse(String recordType, Object id, Jurisdiction county, String field) {
        AuditEvent.Builder event = AuditEvent.of(AuditAction.ACCESS_DENIED).detail("change outside the caller's county");
        if (id != null) {
            event.record(recordType, id);
        }
        if (county != null) {
            event.jurisdiction(county);
        }
        auditTrail.recordIndependently(event.build());
        throw new OutsideCountyException(field);
    }

    /**
     * Checks the county a list is filtered by ({@code ?county=}): null stays null (every county the caller
     * sees); an id that is not a county is refused as a rule (422, naming {@code field}); a county-scoped
     * caller naming another county is refused as outside its county (403) and the attempt audited. The
     * jurisdiction is read from the shared cache, so a warm list spends no statement on it.
     */
    public Long countyFilter(Long countyId, String field) {
        if (countyId == null) {
            return null;
        }
        Jurisdiction county = jurisdictions.find(countyId)
                .filter(found -> found.getLevel() == JurisdictionLevel.COUNTY)
                .orElseThrow(() -> new RuleViolationException("county.filter", field, countyId));
        if (!caller.sees(county)) {
            auditTrail.recordIndependently(AuditEvent.of(AuditAction.ACCESS_DENIED).jurisdiction(county)
                    .detail("list filtered by a county outside the caller's").build());
            throw new OutsideCountyException("county.filterOutside", field);
        }
        return countyId;
    }

    public Long countyScope() {
        return caller.countyScope();
    }

    public boolean sees(Jurisdiction county) {
        return caller.sees(county);
    }

    public String callerName() {
        return caller.name();
    }
}
