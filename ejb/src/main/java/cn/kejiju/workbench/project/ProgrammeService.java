package cn.kejiju.workbench.project;

import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.platform.Persistence;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The programme catalogue (kinds, programmes by level) and the calls (指南). Every reader of business records reads
 * them; project clerks, system administrators and read-write integrators keep them. They serve every county.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class ProgrammeService {

    static final String PROGRAMME = "Programme";
    static final String CALL = "ProgrammeCall";

    @Inject
    ProgrammeRepository programmes;

    @Inject
    Persistence persistence;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ProgrammeKind> kinds() {
        return programmes.kinds();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Programme> programmes() {
        return programmes.programmes();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Programme get(long id) {
        return programmes.get(id);
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.PROJECT_CLERK, Roles.API_WRITE})
    public Programme create(@NotNull ProgrammeDraft draft) {
        refuseTakenName(draft.name(), null);
        Programme programme = programmes.add(new Programme(draft.name(), draft.level(), kind(draft.kindCode()),
                draft.authority(), clock));
        persistence.flush(PROGRAMME, null, () -> nameTaken(draft.name()));
        auditTrail.record(AuditEvent.created(PROGRAMME, programme.getId(), ProgrammeDraft.of(programme)).build());
        return programme;
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.PROJECT_CLERK, Roles.API_WRITE})
    public Programme revise(long id, @NotNull Long expectedVersion, @NotNull ProgrammeDraft draft) {
        Programme programme = programmes.get(id);
        persistence.checkVersion(PROGRAMME, id, expectedVersion, programme.getVersion());
        refuseTakenName(draft.name(), id);
        ProgrammeDraft before = ProgrammeDraft.of(programme);
        programme.revise(draft.name(), draft.level(), kind(draft.kindCode()), draft.authority(),
                draft.active() == null || draft.active(), clock);
        persistence.flush(PROGRAMME, id, () -> nameTaken(draft.name()));
        auditTrail.record(AuditEvent.updated(PROGRAMME, id, before, ProgrammeDraft.of(programme)).build());
        return programme;
    }

    /** The calls, newest year first, of one year and level when given. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ProgrammeCall> calls(Integer year, ProgrammeLevel level) {
        return programmes.calls(year, level);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ProgrammeCall call(long id) {
        return programmes.getCall(id);
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.PROJECT_CLERK, Roles.API_WRITE})
    public ProgrammeCall publish(@NotNull CallDraft draft) {
        if (draft.programmeId() == null) {
            throw new RuleViolationException("field.required", "programmeId");
        }
        Programme programme = programmes.find(draft.programmeId()).orElseThrow(
                () -> new RuleViolationException("field.required", "programmeId"));
        ProgrammeCall call = programmes.addCall(new ProgrammeCall(programme, draft.terms(), clock));
        persistence.flush(CALL, null, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.created(CALL, call.getId(), CallDraft.of(call)).build());
        return call;
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.PROJECT_CLERK, Roles.API_WRITE})
    public ProgrammeCall revise(long id, @NotNull Long expectedVersion, @NotNull CallTerms terms) {
        ProgrammeCall call = programmes.getCall(id);
        persistence.checkVersion(CALL, id, expectedVersion, call.getVersion());
        CallDraft before = CallDraft.of(call);
        call.revise(terms, clock);
        persistence.flush(CALL, id, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.updated(CALL, id, before, CallDraft.of(call)).build());
        return call;
    }

    private ProgrammeKind kind(String code) {
        if (code == null || code.isBlank()) {
            throw new RuleViolationException("field.required", "kindCode");
        }
        return programmes.kind(code.strip()).orElseThrow(
                () -> new RuleViolationException("project.programme.kindUnknown", "kindCode", code.strip()));
    }

    private void refuseTakenName(String name, Long exceptId) {
        if (name != null && !name.isBlank() && programmes.nameTaken(name, exceptId)) {
            throw nameTaken(name);
        }
    }

    private static ConflictException nameTaken(String name) {
        return new ConflictException("project.programme.nameTaken", "name", name == null ? "" : name.strip());
    }
}
