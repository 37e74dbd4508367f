package cn.kejiju.workbench.enterprise;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.jurisdiction.JurisdictionRepository;
import cn.kejiju.workbench.platform.Persistence;
import cn.kejiju.workbench.security.Caller;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.PhoneNumber;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Use cases on enterprises and organisations. Every read and write is confined to the caller's county
 * (city-level callers see all): a record of another county is answered as not found. Every change is
 * recorded in the audit trail.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class EnterpriseService {

    @Inject
    EnterpriseRepository enterprises;

    @Inject
    JurisdictionRepository jurisdictions;

    @Inject
    Persistence persistence;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    AuditTrail auditTrail;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<Enterprise> list(@NotNull EnterpriseFilter filter, @NotNull PageRequest page) {
        return enterprises.page(filter, caller.countyScope(), page);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(@NotNull EnterpriseFilter filter) {
        return enterprises.count(filter, caller.countyScope());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Enterprise get(long id) {
        return visible(id);
    }

    /** The enterprise, if the caller may see it; otherwise exactly as if it did not exist. */
    private Enterprise visible(long id) {
        Enterprise enterprise = enterprises.get(id);
        if (!caller.sees(enterprise.getCounty())) {
            auditTrail.recordIndependently(AuditEvent.of(AuditAction.ACCESS_DENIED).record("Enterprise", id)
                    .jurisdiction(enterprise.getCounty()).detail("outside the caller's county").build());
            throw new NotFoundException("Enterprise", id);
        }
        return enterprise;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public EnterpriseSummary summary() {
        EnterpriseFilter all = EnterpriseFilter.none();
        Long scope = caller.countyScope();
        return new EnterpriseSummary(
                enterprises.count(all, scope),
                enterprises.count(new EnterpriseFilter(null, null, null, null, true, null), scope),
                enterprises.count(new EnterpriseFilter(null, null, null, null, null, true), scope));
    }

    /** Registers an enterprise; a credit code registered already is a conflict naming the holder. */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK, Roles.FINANCING_CLERK,
            Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.API_WRITE})
    public Enterprise register(@NotNull EnterpriseDraft draft) {
        CreditCode code = CreditCode.of(draft.creditCode());
        EnterpriseProfile profile = profile(draft);
        refuseDuplicate(code, null);
        Enterprise enterprise = enterprises.add(new Enterprise(code, profile, clock));
        persistence.flush("Enterprise", null, () -> duplicate(code, null));
        auditTrail.record(AuditEvent.created("Enterprise", enterprise.getId(), EnterpriseDraft.of(enterprise))
                .jurisdiction(enterprise.getCounty()).build());
        return enterprise;
    }

    /**
     * Replaces an enterprise's data. {@code expectedVersion} is the version the clerk started from:
     * if somebody saved in between, nothing changes and the answer is a stale-version conflict.
     */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK, Roles.FINANCING_CLERK,
            Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.API_WRITE})
    public Enterprise revise(long id, @NotNull Long expectedVersion, @NotNull EnterpriseDraft draft) {
        Enterprise enterprise = visible(id);
        persistence.checkVersion("Enterprise", id, expectedVersion, enterprise.getVersion());
        CreditCode code = CreditCode.of(draft.creditCode());
        EnterpriseProfile profile = profile(draft.unmaskingPhone(enterprise));
        refuseDuplicate(code, id);
        EnterpriseDraft before = EnterpriseDraft.of(enterprise);
        enterprise.revise(code, profile, clock);
        persistence.flush("Enterprise", id, () -> duplicate(code, null));
        auditTrail.record(AuditEvent.updated("Enterprise", id, before, EnterpriseDraft.of(enterprise))
                .jurisdiction(enterprise.getCounty()).build());
        return enterprise;
    }

    /** Deletes an enterprise nothing refers to; while any record of a programme refers to it, it stays. */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK, Roles.FINANCING_CLERK,
            Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.API_WRITE})
    public void delete(long id, Long expectedVersion) {
        Enterprise enterprise = visible(id);
        persistence.checkVersion("Enterprise", id, expectedVersion, enterprise.getVersion());
        EnterpriseDraft before = EnterpriseDraft.of(enterprise);
        String countyCode = enterprise.getCounty().getCode();
        enterprises.remove(enterprise);
        persistence.flush("Enterprise", id, () -> ConflictException.stillReferenced("Enterprise", id));
        auditTrail.record(AuditEvent.deleted("Enterprise", id, before).jurisdiction(countyCode).build());
    }

    /** A code is unique in the installation; the holder is named only if the caller may see it. */
    private void refuseDuplicate(CreditCode code, Long ownId) {
        enterprises.findByCreditCode(code)
                .filter(holder -> !holder.getId().equals(ownId))
                .ifPresent(holder -> {
                    throw duplicate(code, caller.sees(holder.getCounty()) ? holder.getName() : null);
                });
    }

    private static ConflictException duplicate(CreditCode code, String visibleHolderName) {
        return visibleHolderName == null
                ? new ConflictException("enterprise.duplicateCreditCodeElsewhere", "creditCode", code.value())
                : new ConflictException("enterprise.duplicateCreditCode", "creditCode", code.value(), visibleHolderName);
    }

    private EnterpriseProfile profile(EnterpriseDraft draft) {
        HighTechCertificate highTech = hasText(draft.highTechCertificateNo()) || draft.highTechValidUntil() != null
                ? new HighTechCertificate(draft.highTechCertificateNo(), draft.highTechValidUntil())
                : null;
        PhoneNumber phone = hasText(draft.contactPhone()) ? PhoneNumber.of(draft.contactPhone(), "contactPhone") : null;
        return new EnterpriseProfile(
                draft.name(),
                draft.kind(),
                draft.industry(),
                draft.townshipId() == null ? null : jurisdictions.find(draft.townshipId())
                        .filter(township -> caller.sees(township.county()))
                        .orElseThrow(() -> new RuleViolationException(
                                "enterprise.townshipUnknown", "townshipId", draft.townshipId())),
                draft.address(),
                draft.contactName(),
                phone,
                highTech,
                draft.smeRegisteredYear());
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    /** Today in the bureau's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
