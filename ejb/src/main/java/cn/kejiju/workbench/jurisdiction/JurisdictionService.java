package cn.kejiju.workbench.jurisdiction;

import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.platform.Persistence;
import cn.kejiju.workbench.shared.ConflictException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/** Use cases on the division hierarchy. Every change is recorded in the audit trail. */
@Stateless
public class JurisdictionService {

    @Inject
    JurisdictionRepository jurisdictions;

    @Inject
    Persistence persistence;

    @Inject
    AuditTrail auditTrail;

    public List<Jurisdiction> list(Long parentId, JurisdictionLevel level) {
        return jurisdictions.list(parentId, level);
    }

    public Jurisdiction get(long id) {
        return jurisdictions.get(id);
    }

    /** Adds a division: a city when {@code parentId} is null, otherwise one level under the parent. */
    public Jurisdiction create(Long parentId, String code, String name) {
        Jurisdiction jurisdiction = parentId == null
                ? Jurisdiction.city(code, name)
                : Jurisdiction.under(jurisdictions.get(parentId), code, name);
        if (jurisdictions.findByCode(jurisdiction.getCode()).isPresent()) {
            throw new ConflictException("jurisdiction.duplicateCode", "code", code);
        }
        jurisdictions.add(jurisdiction);
        persistence.flush("Jurisdiction", null, () -> new ConflictException("jurisdiction.duplicateCode", "code", code));
        auditTrail.record(AuditEvent.created("Jurisdiction", jurisdiction.getId(), JurisdictionSnapshot.of(jurisdiction))
                .jurisdiction(jurisdiction).build());
        return jurisdiction;
    }

    public Jurisdiction rename(long id, Long expectedVersion, String name) {
        Jurisdiction jurisdiction = jurisdictions.get(id);
        persistence.checkVersion("Jurisdiction", id, expectedVersion, jurisdiction.getVersion());
        JurisdictionSnapshot before = JurisdictionSnapshot.of(jurisdiction);
        jurisdiction.rename(name);
        persistence.flush("Jurisdiction", id, () -> ConflictException.staleVersion("Jurisdiction", id));
        auditTrail.record(AuditEvent.updated("Jurisdiction", id, before, JurisdictionSnapshot.of(jurisdiction))
                .jurisdiction(jurisdiction).build());
        return jurisdiction;
    }

    /** Deletes a division nothing refers to; a division with children or enterprises stays. */
    public void delete(long id, Long expectedVersion) {
        Jurisdiction jurisdiction = jurisdictions.get(id);
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
