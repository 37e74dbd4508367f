package cn.kejiju.workbench.jurisdiction;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.platform.Persistence;
import cn.kejiju.workbench.security.Caller;
import cn.kejiju.workbench.security.CountyGuard;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Use cases on the division hierarchy. A county-level caller sees its own county and what lies
 * below; the city and other counties are answered as not found. Every change is recorded in
 * the audit trail.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SECURITY_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK,
        Roles.INCUBATOR_CLERK, Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class JurisdictionService {

    @Inject
    JurisdictionRepository jurisdictions;

    @Inject
    Persistence persistence;

    @Inject
    Caller caller;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CountyGuard guard;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Jurisdiction> list(Long parentId, JurisdictionLevel level) {
        List<Jurisdiction> all = jurisdictions.list(parentId, level);
        return caller.countyScope() == null ? all : all.stream().filter(this::visible).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Jurisdiction get(long id) {
        Jurisdiction jurisdiction = jurisdictions.get(id);
        if (!visible(jurisdiction)) {
            auditTrail.recordIndependently(AuditEvent.of(AuditAction.ACCESS_DENIED).record("Jurisdiction", id)
                    .jurisdiction(jurisdiction).detail("outside the caller's county").build());
            throw new NotFoundException("Jurisdiction", id);
        }
        return jurisdiction;
    }

    private boolean visible(Jurisdiction jurisdiction) {
        Long scope = caller.countyScope();
        return scope == null || jurisdiction.county() != null && scope.equals(jurisdiction.county().getId());
    }

    /**
     * Adds a division: a city when {@code parentId} is null, otherwise one level under the parent. A
     * county-scoped caller adds only below its own county (never a city, never under another county).
     */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.API_WRITE})
    public Jurisdiction create(Long parentId, String code, String name) {
        if (parentId == null) {
            guard.requireCityLevel("Jurisdiction", null, "parentId");
        }
        Jurisdiction jurisdiction = parentId == null
                ? Jurisdiction.city(code, name)
                : Jurisdiction.under(get(parentId), code, name);
        if (jurisdictions.findByCode(jurisdiction.getCode()).isPresent()) {
            throw new ConflictException("jurisdiction.duplicateCode", "code", code);
        }
        jurisdictions.add(jurisdiction);
        persistence.flush("Jurisdiction", null, () -> new ConflictException("jurisdiction.duplicateCode", "code", code));
        auditTrail.record(AuditEvent.created("Jurisdiction", jurisdiction.getId(), JurisdictionSnapshot.of(jurisdiction))
                .jurisdiction(jurisdiction).build());
        return jurisdiction;
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.API_WRITE})
    public Jurisdiction rename(long id, Long expectedVersion, String name) {
        Jurisdiction jurisdiction = changeable(id);
        persistence.checkVersion("Jurisdiction", id, expectedVersion, jurisdiction.getVersion());
        JurisdictionSnapshot before = JurisdictionSnapshot.of(jurisdiction);
        jurisdiction.rename(name);
        persistence.flush("Jurisdiction", id, () -> ConflictException.staleVersion("Jurisdiction", id));
        auditTrail.record(AuditEvent.updated("Jurisdiction", id, before, JurisdictionSnapshot.of(jurisdiction))
                .jurisdiction(jurisdiction).build());
        return jurisdiction;
    }

    /**
     * A division the caller may change: a county-scoped caller only those below its county, not the
     * county itself (the city defines its counties).
     */
    private Jurisdiction changeable(long id) {
        Jurisdiction jurisdiction = get(id);
        if (jurisdiction.getLevel() == JurisdictionLevel.COUNTY) {
            guard.requireCityLevel("Jurisdiction", id, null);
        }
        return jurisdiction;
    }

    /** Deletes a division nothing refers to; a division with children or enterprises stays. */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.API_WRITE})
    public void delete(long id, Long expectedVersion) {
        Jurisdiction jurisdiction = changeable(id);
        persistence.checkVersion("Jurisdiction", id, expectedVersion, jurisdiction.getVersion());
        if (jurisdictions.isReferenced(id)) {
            throw ConflictException.stillReferenced("Jurisdiction", id);
        }
        JurisdictionSnapshot before = JurisdictionSnapshot.of(jurisdiction);
        jurisdictions.remove(jurisdiction);
        persistence.flush("Jurisdiction", id, () -> ConflictException.stillReferenced("Jurisdiction", id));
        auditTrail.record(AuditEvent.deleted("Jurisdiction", id, before).jurisdiction(before.code()).build());
    }
}
