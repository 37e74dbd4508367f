package cn.kejiju.workbench.audit;

import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

/**
 * What the auditor does with the trail: search it and verify the chain. Only the auditor may; the
 * application has no use case that changes or removes an entry, so none is here.
 */
@Stateless
@RolesAllowed(Roles.AUDITOR)
public class AuditService {

    @Inject
    AuditRepository entries;

    @Inject
    AuditTrail trail;

    /** The entries the query matches, newest first, one page at a time (sorting is fixed). */
    public Page<AuditEntry> search(@NotNull AuditQuery query, @NotNull PageRequest page) {
        return entries.page(query, page);
    }

    public long count(@NotNull AuditQuery query) {
        return entries.count(query);
    }

    /** The last entry's sequence number and hash, as committed. */
    public AuditChainHead head() {
        return entries.head();
    }

    /** Checks the whole chain, from the first entry to the head. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ChainVerification verify() {
        return trail.verify(1);
    }

    /**
     * Checks the chain from sequence number {@code fromSeq} on, taking that entry's link to its
     * predecessor on trust: e.g. from the first entry after a range that was checked and archived.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ChainVerification verify(long fromSeq) {
        return trail.verify(fromSeq);
    }
}
