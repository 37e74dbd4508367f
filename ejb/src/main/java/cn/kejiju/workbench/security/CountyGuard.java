package cn.kejiju.workbench.security;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.NotFoundException;
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

    public <T> T visible(String recordType, long id, T record, Jurisdiction county) {
        if (!caller.sees(county)) {
            auditTrail.recordIndependently(AuditEvent.of(AuditAction.ACCESS_DENIED).record(recordType, id)
                    .jurisdiction(county).detail("outside the caller's county").build());
            throw new NotFoundException(recordType, id);
        }
        return record;
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
