package cn.kejiju.workbench.enterprise;

import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.jurisdiction.JurisdictionRepository;
import cn.kejiju.workbench.platform.Persistence;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.PhoneNumber;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;

/** Use cases on enterprises and organisations. Every change is recorded in the audit trail. */
@Stateless
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
    AuditTrail auditTrail;

    public Page<Enterprise> list(@NotNull EnterpriseFilter filter, @NotNull PageRequest page) {
        return enterprises.page(filter, page);
    }

    public long count(@NotNull EnterpriseFilter filter) {
        return enterprises.count(filter);
    }

    public Enterprise get(long id) {
        return enterprises.get(id);
    }

    public EnterpriseSummary summary() {
        EnterpriseFilter all = EnterpriseFilter.none();
        return new EnterpriseSummary(
                enterprises.count(all),
                enterprises.count(new EnterpriseFilter(null, null, null, null, true, null)),
                enterprises.count(new EnterpriseFilter(null, null, null, null, null, true)));
    }

    /** Registers an enterprise; a credit code registered already is a conflict naming the holder. */
    public Enterprise register(@NotNull EnterpriseDraft draft) {
        CreditCode code = CreditCode.of(draft.creditCode());
        refuseDuplicate(code, null);
        Enterprise enterprise = enterprises.add(new Enterprise(code, profile(draft), clock));
        persistence.flush("Enterprise", null, () -> duplicate(code, draft.name()));
        auditTrail.record(AuditEvent.created("Enterprise", enterprise.getId(), EnterpriseDraft.of(enterprise))
                .jurisdiction(enterprise.getCounty()).build());
        return enterprise;
    }

    /**
     * Replaces an enterprise's data. {@code expectedVersion} is the version the clerk started from:
     * if somebody saved in between, nothing changes and the answer is a stale-version conflict.
     */
    public Enterprise revise(long id, @NotNull Long expectedVersion, @NotNull EnterpriseDraft draft) {
        Enterprise enterprise = enterprises.get(id);
        persistence.checkVersion("Enterprise", id, expectedVersion, enterprise.getVersion());
        CreditCode code = CreditCode.of(draft.creditCode());
        refuseDuplicate(code, id);
        EnterpriseDraft before = EnterpriseDraft.of(enterprise);
        enterprise.revise(code, profile(draft.unmaskingPhone(enterprise)), clock);
        persistence.flush("Enterprise", id, () -> duplicate(code, draft.name()));
        auditTrail.record(AuditEvent.updated("Enterprise", id, before, EnterpriseDraft.of(enterprise))
                .jurisdiction(enterprise.getCounty()).build());
        return enterprise;
    }

    /** Deletes an enterprise nothing refers to; while any record of a programme refers to it, it stays. */
    public void delete(long id, Long expectedVersion) {
        Enterprise enterprise = enterprises.get(id);
        persistence.checkVersion("Enterprise", id, expectedVersion, enterprise.getVersion());
        EnterpriseDraft before = EnterpriseDraft.of(enterprise);
        String countyCode = enterprise.getCounty().getCode();
        enterprises.remove(enterprise);
        persistence.flush("Enterprise", id, () -> ConflictException.stillReferenced("Enterprise", id));
        auditTrail.record(AuditEvent.deleted("Enterprise", id, before).jurisdiction(countyCode).build());
    }

    private void refuseDuplicate(CreditCode code, Long ownId) {
        enterprises.findByCreditCode(code)
                .filter(holder -> !holder.getId().equals(ownId))
                .ifPresent(holder -> {
                    throw duplicate(code, holder.getName());
                });
    }

    private static ConflictException duplicate(CreditCode code, String holderName) {
        return new ConflictException("enterprise.duplicateCreditCode", "creditCode", code.value(), holderName);
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
