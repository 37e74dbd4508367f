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

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Service logs (服务日志): the clerk submits and revises, a leader approves or rejects with a reason
 * (never one's own submission), evidence is attached while the log may change, and the adoption of an
 * introduced variety or technology is recorded after approval. Only approved logs count.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.VIEWER, Roles.API_READ})
public class ServiceLogService {

    static final String RECORD = "ServiceLog";

    /** An evidence file with its bytes, for download. */
    public record EvidenceFile(Evidence evidence, byte[] bytes) {
    }

    @Inject
    ServiceLogRepository logs;

    @Inject
    AssignmentRepository assignments;

    @Inject
    CommissionerRepository commissioners;

    @Inject
    CountyGuard guard;

    @Inject
    Persistence persistence;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CommissionerTodos todos;

    @Inject
    StatisticsRollup rollup;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<ServiceLog> list(@NotNull LogFilter filter, @NotNull PageRequest page) {
        return logs.page(filter, guard.countyScope(), page);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(@NotNull LogFilter filter) {
        return logs.count(filter, guard.countyScope());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ServiceLog get(long id) {
        ServiceLog log = logs.get(id);
        return guard.visible(RECORD, id, log, log.getCounty());
    }

    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public ServiceLog submit(@NotNull LogDraft draft) {
        if (draft.assignmentId() == null) {
            throw new RuleViolationException("field.required", "assignmentId");
        }
        Assignment assignment = assignments.find(draft.assignmentId())
                .filter(a -> guard.sees(a.getCounty()))
                .orElseThrow(() -> new RuleViolationException("log.assignmentUnknown", "assignmentId",
                        draft.assignmentId()));
        ServiceLog log = logs.add(new ServiceLog(assignment, content(draft, assignment), guard.callerName(), clock));
        persistence.flush(RECORD, null, ConflictException::concurrentChange);
        todos.logSubmitted(log);
        auditTrail.record(AuditEvent.created(RECORD, log.getId(), LogDraft.of(log)).jurisdiction(log.getCounty()).build());
        return log;
    }

    /** Revises a log not yet approved; it goes (back) to the leader. */
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public ServiceLog revise(long id, @NotNull Long expectedVersion, @NotNull LogDraft draft) {
        ServiceLog log = get(id);
        persistence.checkVersion(RECORD, id, expectedVersion, log.getVersion());
        if (draft.assignmentId() != null && !draft.assignmentId().equals(log.getAssignment().getId())) {
            throw new RuleViolationException("log.assignmentFixed", "assignmentId");
        }
        LogDraft before = LogDraft.of(log);
        log.revise(content(draft, log.getAssignment()), guard.callerName(), clock);
        persistence.flush(RECORD, id, ConflictException::concurrentChange);
        todos.logSubmitted(log);
        auditTrail.record(AuditEvent.updated(RECORD, id, before, LogDraft.of(log)).jurisdiction(log.getCounty()).build());
        return log;
    }

    @RolesAllowed({Roles.LEADER, Roles.API_WRITE})
    public ServiceLog approve(long id, @NotNull Long expectedVersion) {
        ServiceLog log = reviewable(id, expectedVersion);
        log.approve(guard.callerName(), clock);
        persistence.flush(RECORD, id, ConflictException::concurrentChange);
        commissioners.lock(log.getCommissioner().getId());
        rollup.approved(log);
        todos.logReviewed(log);
        auditTrail.record(AuditEvent.of(AuditAction.APPROVE).record(RECORD, id).jurisdiction(log.getCounty()).build());
        return log;
    }

    @RolesAllowed({Roles.LEADER, Roles.API_WRITE})
    public ServiceLog reject(long id, @NotNull Long expectedVersion, String reason) {
        ServiceLog log = reviewable(id, expectedVersion);
        log.reject(reason, guard.callerName(), clock);
        persistence.flush(RECORD, id, ConflictException::concurrentChange);
        todos.logReviewed(log);
        auditTrail.record(AuditEvent.of(AuditAction.REJECT).record(RECORD, id).jurisdiction(log.getCounty())
                .detail(log.rejectionReason().orElseThrow()).build());
        return log;
    }

    private ServiceLog reviewable(long id, Long expectedVersion) {
        ServiceLog log = get(id);
        persistence.checkVersion(RECORD, id, expectedVersion, log.getVersion());
        if (log.getSubmittedBy().equals(guard.callerName())) {
            throw new RuleViolationException("log.ownSubmission", "status");
        }
        return log;
    }

    /** A log with its evidence files, as its page and the API show it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LogDetail detail(long id) {
        return new LogDetail(get(id), logs.evidenceOf(id));
    }

    public record LogDetail(ServiceLog log, List<Evidence> evidence) {
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Evidence> evidence(long logId) {
        get(logId);
        return logs.evidenceOf(logId);
    }

    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public Evidence attach(long logId, EvidenceKind kind, String fileName, byte[] bytes) {
        ServiceLog log = get(logId);
        Evidence evidence = Evidence.of(log, logs.evidenceOf(logId).size(), kind, fileName, bytes,
                commissioners.settings(), guard.callerName(), clock);
        logs.addEvidence(evidence, bytes);
        persistence.flush("Evidence", null, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.of(AuditAction.CREATE).record("Evidence", evidence.getId())
                .jurisdiction(log.getCounty())
                .detail("log " + logId + ", " + evidence.getFileName() + ", " + evidence.getSize() + " bytes").build());
        return evidence;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public EvidenceFile download(long evidenceId) {
        Evidence evidence = visibleEvidence(evidenceId);
        return new EvidenceFile(evidence, logs.content(evidence));
    }

    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public void removeEvidence(long evidenceId) {
        Evidence evidence = visibleEvidence(evidenceId);
        evidence.getLog().requireEditable();
        String detail = "log " + evidence.getLog().getId() + ", " + evidence.getFileName();
        var county = evidence.getLog().getCounty();
        logs.removeEvidence(evidence);
        persistence.flush("Evidence", evidenceId, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.of(AuditAction.DELETE).record("Evidence", evidenceId).jurisdiction(county)
                .detail(detail).build());
    }

    private Evidence visibleEvidence(long evidenceId) {
        Evidence evidence = logs.findEvidence(evidenceId).orElseThrow(() -> new NotFoundException("Evidence", evidenceId));
        return guard.visible("Evidence", evidenceId, evidence, evidence.getLog().getCounty());
    }

    /** Records the adoption of an introduced variety or technology (after the log was approved). */
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public Introduction recordAdoption(long introductionId, BigDecimal area, Integer households, BigDecimal income,
                                       LocalDate on) {
        Introduction introduction = logs.findIntroduction(introductionId)
                .orElseThrow(() -> new NotFoundException("Introduction", introductionId));
        guard.visible("Introduction", introductionId, introduction, introduction.getLog().getCounty());
        BigDecimal incomeBefore = introduction.adoptionIncome().orElse(null);
        introduction.recordAdoption(area, households, income, on == null ? LocalDate.now(clock) : on);
        persistence.flush("Introduction", introductionId, ConflictException::concurrentChange);
        commissioners.lock(introduction.getLog().getCommissioner().getId());
        rollup.adoptionChanged(introduction, incomeBefore);
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE).record("Introduction", introductionId)
                .jurisdiction(introduction.getLog().getCounty())
                .detail("adoption: area " + area + ", households " + households + ", income " + income).build());
        return introduction;
    }

    /** Names of the caller's county's varieties or technologies containing the text, for suggestions. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> innovationNames(long countyId, InnovationKind kind, String text) {
        Long scope = guard.countyScope();
        if (scope != null && scope != countyId) {
            return List.of();
        }
        return logs.innovationNames(countyId, kind, text, 20);
    }

    private LogContent content(LogDraft draft, Assignment assignment) {
        List<Innovation> introduced = new ArrayList<>();
        addItems(introduced, assignment, InnovationKind.VARIETY, draft.varieties());
        addItems(introduced, assignment, InnovationKind.TECHNOLOGY, draft.technologies());
        return new LogContent(draft.serviceDate(), draft.kind(), draft.days(),
                draft.peopleTrained() == null ? 0 : draft.peopleTrained(),
                draft.demonstrationBases() == null ? 0 : draft.demonstrationBases(),
                draft.income(), draft.summary(), introduced);
    }

    /** Matches each name to the county's item of that kind, creating the item the first time it is named. */
    private void addItems(List<Innovation> into, Assignment assignment, InnovationKind kind, List<String> names) {
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String normalized = Innovation.normalize(name);
            Innovation innovation = logs.findInnovation(assignment.getCounty(), kind, normalized)
                    .orElseGet(() -> logs.addInnovation(new Innovation(assignment.getCounty(), kind, normalized)));
            if (into.contains(innovation)) {
                throw new RuleViolationException("log.duplicateItem", "introductions");
            }
            into.add(innovation);
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
