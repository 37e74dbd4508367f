package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.enterprise.EnterpriseRepository;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.jurisdiction.JurisdictionRepository;
import cn.kejiju.workbench.platform.Persistence;
import cn.kejiju.workbench.security.CountyGuard;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.PhoneNumber;
import cn.kejiju.workbench.shared.ResidentId;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The commissioner registry and the programme's settings. Reads are confined to the caller's county;
 * the module's clerks (and integrators with write tokens) register and revise; the system
 * administrator edits the settings. Every change is audited.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class CommissionerService {

    static final String RECORD = "Commissioner";

    @Inject
    CommissionerRepository commissioners;

    @Inject
    AssignmentRepository assignments;

    @Inject
    JurisdictionRepository jurisdictions;

    @Inject
    EnterpriseRepository enterprises;

    @Inject
    CountyGuard guard;

    @Inject
    Persistence persistence;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<Commissioner> list(@NotNull CommissionerFilter filter, @NotNull PageRequest page) {
        guard.countyFilter(filter.countyId(), "county");
        return commissioners.page(filter, guard.countyScope(), page);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(@NotNull CommissionerFilter filter) {
        guard.countyFilter(filter.countyId(), "county");
        return commissioners.count(filter, guard.countyScope());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Commissioner get(long id) {
        Commissioner commissioner = commissioners.get(id);
        return guard.visible(RECORD, id, commissioner, commissioner.getCounty());
    }

    /** How many assignments each commissioner has active today. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Long, Long> activeLoad(Collection<Long> commissionerIds) {
        return commissioners.activeLoad(commissionerIds, today());
    }

    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public Commissioner register(@NotNull CommissionerDraft draft) {
        CommissionerProfile profile = profile(draft);
        refuseDuplicate(profile.residentId(), null);
        Commissioner commissioner = commissioners.add(new Commissioner(profile, commissioners.settings(), clock));
        persistence.flush(RECORD, null, () -> duplicate());
        auditTrail.record(AuditEvent.created(RECORD, commissioner.getId(), CommissionerDraft.of(commissioner))
                .jurisdiction(commissioner.getCounty()).build());
        return commissioner;
    }

    /** Replaces a commissioner's profile; a stale {@code expectedVersion} changes nothing. */
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public Commissioner revise(long id, @NotNull Long expectedVersion, @NotNull CommissionerDraft draft) {
        Commissioner commissioner = get(id);
        persistence.checkVersion(RECORD, id, expectedVersion, commissioner.getVersion());
        CommissionerProfile profile = profile(draft.unmasking(commissioner));
        refuseDuplicate(profile.residentId(), id);
        CommissionerDraft before = CommissionerDraft.of(commissioner);
        commissioner.revise(profile, commissioners.settings(), clock);
        persistence.flush(RECORD, id, () -> duplicate());
        auditTrail.record(AuditEvent.updated(RECORD, id, before, CommissionerDraft.of(commissioner))
                .jurisdiction(commissioner.getCounty()).build());
        return commissioner;
    }

    /** Ends a posting; its assignments must have ended first. */
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public Commissioner end(long id, @NotNull Long expectedVersion, LocalDate endedOn) {
        Commissioner commissioner = get(id);
        persistence.checkVersion(RECORD, id, expectedVersion, commissioner.getVersion());
        LocalDate today = today();
        long active = assignments.activeOf(id).stream().filter(a -> a.isActiveOn(today)).count();
        commissioner.end(endedOn == null ? today : endedOn, active, clock);
        persistence.flush(RECORD, id, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE).record(RECORD, id).jurisdiction(commissioner.getCounty())
                .detail("posting ended on " + commissioner.endedOn().orElseThrow()).build());
        return commissioner;
    }

    public CommissionerSettings settings() {
        return commissioners.settings();
    }

    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public CommissionerSettings reviseSettings(@NotNull Long expectedVersion, @NotNull CommissionerSettings.Values values) {
        guard.requireCityLevel("CommissionerSettings", CommissionerSettings.ID, null);
        CommissionerSettings settings = commissioners.settings();
        persistence.checkVersion("CommissionerSettings", CommissionerSettings.ID, expectedVersion, settings.getVersion());
        CommissionerSettings.Values before = settings.values();
        settings.revise(values, guard.callerName(), clock);
        persistence.flush("CommissionerSettings", CommissionerSettings.ID, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.updated("CommissionerSettings", CommissionerSettings.ID, before, settings.values())
                .build());
        return settings;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private void refuseDuplicate(ResidentId residentId, Long ownId) {
        if (residentId == null) {
            return;
        }
        commissioners.findByResidentId(residentId)
                .filter(holder -> !holder.getId().equals(ownId))
                .ifPresent(holder -> {
                    throw duplicate();
                });
    }

    private static ConflictException duplicate() {
        return new ConflictException("commissioner.duplicateResidentId", "residentId");
    }

    private CommissionerProfile profile(CommissionerDraft draft) {
        Long countyId = draft.countyId() != null ? draft.countyId() : guard.countyScope();
        Jurisdiction county = countyId == null ? null : jurisdictions.find(countyId)
                .filter(j -> j.getLevel() == JurisdictionLevel.COUNTY && guard.sees(j))
                .orElseThrow(() -> new RuleViolationException("commissioner.countyUnknown", "countyId", countyId));
        Enterprise employer = draft.employerId() == null ? null : enterprises.find(draft.employerId())
                .filter(e -> guard.sees(e.getCounty()))
                .orElseThrow(() -> new RuleViolationException("commissioner.employerUnknown", "employerId",
                        draft.employerId()));
        List<TeamMember> members = draft.members().stream()
                .map(m -> new TeamMember(m.name(), m.title(), m.specialty())).toList();
        return new CommissionerProfile(
                county,
                draft.name(),
                draft.gender(),
                hasText(draft.residentId()) ? ResidentId.of(draft.residentId(), "residentId") : null,
                hasText(draft.phone()) ? PhoneNumber.of(draft.phone(), "phone") : null,
                employer,
                draft.employerName(),
                draft.employerCategory(),
                draft.title(),
                draft.specialties(),
                draft.kind(),
                members,
                draft.field(),
                draft.dispatchLevel(),
                draft.postedOn());
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
