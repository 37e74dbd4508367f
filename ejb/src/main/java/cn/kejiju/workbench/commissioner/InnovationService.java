package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.platform.Persistence;
import cn.kejiju.workbench.security.CountyGuard;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A county's named varieties and technologies (品种、技术) as the clerks keep them tidy: listed with how
 * often each was introduced, renamed, and a duplicate merged into the item it repeats. A merge moves
 * every introduction (and the statistics' monthly rollup) to the surviving item, removes the duplicate
 * and is audited, in one transaction: the statistics read the same before and after.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class InnovationService {

    static final String RECORD = "Innovation";

    /** An item with the number of its introductions. */
    public record InnovationUse(Innovation innovation, long introductions) {
    }

    @Inject
    InnovationRepository innovations;

    @Inject
    ServiceLogRepository logs;

    @Inject
    CountyGuard guard;

    @Inject
    Persistence persistence;

    @Inject
    AuditTrail auditTrail;

    /** A page of the caller's county's items (a city user's of every county, or of the county chosen). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<InnovationUse> list(Long countyId, InnovationKind kind, String text, @NotNull PageRequest page) {
        return list(new InnovationFilter(countyId, kind, text), page);
    }

    /**
     * A page of the items the filter keeps, of the caller's county (a city user's of every county, or the chosen); a
     * county that is none is refused (422), another county than a county caller's too (403), as on every list.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<InnovationUse> list(@NotNull InnovationFilter filter, @NotNull PageRequest page) {
        guard.countyFilter(filter.countyId(), "countyId");
        Page<Innovation> items = innovations.page(guard.countyScope(), filter, page);
        Map<Long, Long> counts = innovations.introductionCounts(
                items.items().stream().map(Innovation::getId).toList());
        return items.map(i -> new InnovationUse(i, counts.getOrDefault(i.getId(), 0L)));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public InnovationUse get(long id) {
        Innovation innovation = visible(innovations.get(id));
        return new InnovationUse(innovation, innovations.introductionCounts(List.of(id)).getOrDefault(id, 0L));
    }

    /** Renames an item; a name another item of the county and kind already has is refused (merge instead). */
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public Innovation rename(long id, @NotNull String name) {
        Innovation innovation = visible(innovations.lock(id));
        String before = innovation.getName();
        String normalized = Innovation.normalize(name);
        logs.findInnovation(innovation.getCounty(), innovation.getKind(), normalized)
                .filter(other -> !other.getId().equals(innovation.getId()))
                .ifPresent(other -> {
                    throw new ConflictException("commissioner.innovation.nameTaken", "name", normalized,
                            String.valueOf(other.getId()));
                });
        innovation.rename(normalized);
        persistence.flush(RECORD, id, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE).record(RECORD, id).jurisdiction(innovation.getCounty())
                .detail("name: " + before + " -> " + innovation.getName()).build());
        return innovation;
    }

    /**
     * Merges {@code duplicateId} into {@code survivorId}: every introduction of the duplicate becomes one
     * of the survivor, the duplicate is removed. Refused (409) when a log introduces both, since one log
     * cannot introduce the same item twice: that log is corrected first.
     */
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public InnovationUse merge(long survivorId, long duplicateId) {
        // locked in id order, so that two merges of the same pair cannot wait on each other
        Innovation first = visible(innovations.lock(Math.min(survivorId, duplicateId)));
        Innovation second = survivorId == duplicateId ? first : visible(innovations.lock(Math.max(survivorId, duplicateId)));
        Innovation survivor = first.getId() == survivorId ? first : second;
        Innovation duplicate = first.getId() == survivorId ? second : first;
        survivor.absorb(duplicate);
        List<Long> both = innovations.logsIntroducingBoth(survivorId, duplicateId);
        if (!both.isEmpty()) {
            throw new ConflictException("commissioner.innovation.mergeSameLog", "duplicateId",
                    both.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        String duplicateName = duplicate.getName();
        int moved = innovations.merge(survivor, duplicate);
        auditTrail.record(AuditEvent.of(AuditAction.DELETE).record(RECORD, duplicateId)
                .jurisdiction(survivor.getCounty())
                .detail("merged " + duplicateName + " into " + RECORD + " " + survivorId + " " + survivor.getName()
                        + ": " + moved + " introductions moved").build());
        return new InnovationUse(survivor, innovations.introductionCounts(List.of(survivorId)).getOrDefault(survivorId, 0L));
    }

    private Innovation visible(Innovation innovation) {
        return guard.visible(RECORD, innovation.getId(), innovation, innovation.getCounty());
    }
}
