package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.platform.Persistence;
import cn.kejiju.workbench.security.CountyGuard;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
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
 * Assignments (派驻) of commissioners to villages, cooperatives and enterprises, with their tripartite
 * agreements. Opening one locks the commissioner's row first, so that two clerks taking the last free
 * slot at the same moment are served one after the other and the second is refused.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class AssignmentService {

    static final String RECORD = "Assignment";

    static final String AGREEMENT_FILE = "AgreementFile";

    /** Which side of the tripartite agreement confirms. */
    public enum Side { COMMISSIONER, TARGET }

    /** An assignment with the files of its signed agreement, as its page and the API show it. */
    public record AssignmentDetail(Assignment assignment, List<AgreementFile> agreementFiles) {
    }

    /** A file of the signed agreement with its bytes, for download. */
    public record AgreementDownload(AgreementFile file, byte[] bytes) {
    }

    @Inject
    AssignmentRepository assignments;

    @Inject
    CommissionerRepository commissioners;

    @Inject
    TargetResolver targets;

    @Inject
    CountyGuard guard;

    @Inject
    Persistence persistence;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CommissionerTodos todos;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<Assignment> list(@NotNull AssignmentFilter filter, @NotNull PageRequest page) {
        guard.countyFilter(filter.countyId(), "county");
        return assignments.page(filter, guard.countyScope(), page);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(@NotNull AssignmentFilter filter) {
        guard.countyFilter(filter.countyId(), "county");
        return assignments.count(filter, guard.countyScope());
    }

    /** How many distinct enterprises or cooperatives the assignments the filter matches serve. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long organisations(@NotNull AssignmentFilter filter) {
        guard.countyFilter(filter.countyId(), "county");
        return assignments.organisations(filter, guard.countyScope());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Assignment get(long id) {
        Assignment assignment = assignments.get(id);
        return guard.visible(RECORD, id, assignment, assignment.getCounty());
    }

    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public Assignment open(@NotNull AssignmentDraft draft) {
        Assignment assignment = openWithoutAudit(draft);
        auditTrail.record(AuditEvent.created(RECORD, assignment.getId(), AssignmentDraft.of(assignment))
                .jurisdiction(assignment.getCounty()).build());
        return assignment;
    }

    /**
     * Opens an assignment (the rules, the lock, the to-do item) and leaves the audit entry to the caller.
     * Public because {@link DemandService} calls it through the container: package-private methods are
     * not business methods of an EJB.
     */
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public Assignment openWithoutAudit(AssignmentDraft draft) {
        if (draft.commissionerId() == null) {
            throw new RuleViolationException("field.required", "commissionerId");
        }
        Commissioner commissioner = commissioners.find(draft.commissionerId())
                .filter(c -> guard.sees(c.getCounty()))
                .orElseThrow(() -> new RuleViolationException("assignment.commissionerUnknown", "commissionerId",
                        draft.commissionerId()));
        commissioner = commissioners.lock(commissioner.getId());
        ServiceTarget target = targets.resolve(draft.targetKind(), draft.targetId());
        Assignment assignment = Assignment.open(commissioner, target, draft.startDate(), draft.endDate(),
                draft.goals(), assignments.activeOf(commissioner.getId()), commissioners.settings(), clock);
        assignments.add(assignment);
        persistence.flush(RECORD, null, ConflictException::concurrentChange);
        todos.agreementChanged(assignment);
        return assignment;
    }

    /** Changes period and goals; a changed agreement must be confirmed again by both sides. */
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public Assignment replan(long id, @NotNull Long expectedVersion, @NotNull AssignmentDraft draft) {
        Assignment assignment = get(id);
        persistence.checkVersion(RECORD, id, expectedVersion, assignment.getVersion());
        if (draft.commissionerId() != null && !draft.commissionerId().equals(assignment.getCommissioner().getId())
                || draft.targetId() != null && draft.targetId() != assignment.getTarget().getId()) {
            throw new RuleViolationException("assignment.partiesFixed", "commissionerId");
        }
        AssignmentDraft before = AssignmentDraft.of(assignment);
        commissioners.lock(assignment.getCommissioner().getId());
        assignment.replan(draft.startDate(), draft.endDate(), draft.goals(),
                assignments.activeOf(assignment.getCommissioner().getId()), clock);
        persistence.flush(RECORD, id, ConflictException::concurrentChange);
        todos.agreementChanged(assignment);
        auditTrail.record(AuditEvent.updated(RECORD, id, before, AssignmentDraft.of(assignment))
                .jurisdiction(assignment.getCounty()).build());
        return assignment;
    }

    /** One side of the tripartite agreement confirms it on the given day (today when left out). */
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public Assignment confirm(long id, @NotNull Long expectedVersion, @NotNull Side side, LocalDate on) {
        Assignment assignment = get(id);
        persistence.checkVersion(RECORD, id, expectedVersion, assignment.getVersion());
        AssignmentState before = AssignmentState.of(assignment);
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        if (side == Side.COMMISSIONER) {
            assignment.confirmByCommissioner(day, clock);
        } else {
            assignment.confirmByTarget(day, clock);
        }
        persistence.flush(RECORD, id, ConflictException::concurrentChange);
        todos.agreementChanged(assignment);
        auditTrail.record(AuditEvent.updated(RECORD, id, before, AssignmentState.of(assignment))
                .jurisdiction(assignment.getCounty()).build());
        return assignment;
    }

    /** Ends an assignment before its end date, with the reason. */
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public Assignment endEarly(long id, @NotNull Long expectedVersion, LocalDate on, String reason) {
        Assignment assignment = get(id);
        persistence.checkVersion(RECORD, id, expectedVersion, assignment.getVersion());
        AssignmentState before = AssignmentState.of(assignment);
        assignment.endEarly(on, reason, clock);
        persistence.flush(RECORD, id, ConflictException::concurrentChange);
        todos.assignmentEnded(assignment);
        auditTrail.record(AuditEvent.updated(RECORD, id, before, AssignmentState.of(assignment))
                .jurisdiction(assignment.getCounty()).build());
        return assignment;
    }

    /** The assignment with its county, commissioner and agreement files, in two statements. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AssignmentDetail detail(long id) {
        Assignment assignment = assignments.get(id);
        guard.visible(RECORD, id, assignment, assignment.getCounty());
        return new AssignmentDetail(assignment, assignments.agreementFilesOf(id));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AgreementFile> agreementFiles(long id) {
        get(id);
        return assignments.agreementFilesOf(id);
    }

    /** Attaches a file (PDF or scanned page) of the signed tripartite agreement while the assignment is not ended. */
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public AgreementFile attachAgreement(long id, String fileName, byte[] bytes) {
        Assignment assignment = get(id);
        AgreementFile file = AgreementFile.of(assignment, assignments.agreementFilesOf(id).size(), fileName, bytes,
                commissioners.settings(), guard.callerName(), clock);
        assignments.addAgreementFile(file, bytes);
        persistence.flush(AGREEMENT_FILE, null, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.of(AuditAction.CREATE).record(AGREEMENT_FILE, file.getId())
                .jurisdiction(assignment.getCounty())
                .detail("assignment " + id + ", " + file.getFileName() + ", " + file.getSize() + " bytes").build());
        return file;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AgreementDownload downloadAgreement(long id, long fileId) {
        AgreementFile file = visibleAgreementFile(id, fileId);
        return new AgreementDownload(file, assignments.content(file));
    }

    /** Removes a file of the signed agreement while the assignment is not ended. */
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public void removeAgreement(long id, long fileId) {
        AgreementFile file = visibleAgreementFile(id, fileId);
        file.requireRemovable();
        String detail = "assignment " + id + ", " + file.getFileName();
        var county = file.getAssignment().getCounty();
        assignments.removeAgreementFile(file);
        persistence.flush(AGREEMENT_FILE, fileId, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.of(AuditAction.DELETE).record(AGREEMENT_FILE, fileId).jurisdiction(county)
                .detail(detail).build());
    }

    /** A file of the given assignment that the caller may see; another county's, or another assignment's, is 404. */
    private AgreementFile visibleAgreementFile(long id, long fileId) {
        AgreementFile file = assignments.findAgreementFile(fileId)
                .filter(f -> f.getAssignment().getId() == id)
                .orElseThrow(() -> new NotFoundException(AGREEMENT_FILE, fileId));
        return guard.visible(AGREEMENT_FILE, fileId, file, file.getAssignment().getCounty());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
