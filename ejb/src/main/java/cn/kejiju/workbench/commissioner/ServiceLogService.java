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
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
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
 * Service logs (服务日志): the clerk saves a draft, attaches its evidence and submits it (or an integrator
 * submits at once), revises; a leader approves or rejects with a reason (never one's own submission),
 * evidence is attached while the log may change, and the adoption of an introduced variety or technology
 * is recorded after approval. Only approved logs count. Drafts are seen by those who write logs (the
 * clerks and read-write integrators of the county) and raise nothing for the leaders; the evidence rule
 * of the settings decides whether a log needs evidence to be submitted.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
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

    @Resource
    SessionContext session;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<ServiceLog> list(@NotNull LogFilter filter, @NotNull PageRequest page) {
        guard.countyFilter(filter.countyId(), "county");
        return logs.page(seen(filter), guard.countyScope(), page);
    }

    /** As {@link #list}, each log with its introductions (the varieties and technologies of a row). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<ServiceLog> listWithIntroductions(@NotNull LogFilter filter, @NotNull PageRequest page) {
        guard.countyFilter(filter.countyId(), "county");
        return logs.page(seen(filter), guard.countyScope(), page, true);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(@NotNull LogFilter filter) {
        guard.countyFilter(filter.countyId(), "county");
        return logs.count(seen(filter), guard.countyScope());
    }

    private LogFilter seen(LogFilter filter) {
        return seesDrafts() ? filter : filter.withoutDrafts();
    }

    /** Whether the caller writes logs and so sees the drafts of the county: a clerk, a read-write integrator. */
    private boolean seesDrafts() {
        return session.isCallerInRole(Roles.COMMISSIONER_CLERK) || session.isCallerInRole(Roles.API_WRITE);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ServiceLog get(long id) {
        ServiceLog log = logs.get(id);
        guard.visible(RECORD, id, log, log.getCounty());
        if (log.isDraft() && !seesDrafts()) {
            throw new NotFoundException(RECORD, id);
        }
        return log;
    }

    /**
     * Submits a new log at once, as integrators do: refused while the evidence rule is on, since a new
     * log has no evidence yet (save a draft, attach, then {@link #submitDraft}).
     */
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public ServiceLog submit(@NotNull LogDraft draft) {
        Assignment assignment = assignmentOf(draft);
        ServiceLog log = logs.add(new ServiceLog(assignment, content(draft, assignment), commissioners.settings(),
                guard.callerName(), clock));
        persistence.flush(RECORD, null, ConflictException::concurrentChange);
        todos.logSubmitted(log);
        auditTrail.record(AuditEvent.created(RECORD, log.getId(), LogDraft.of(log)).jurisdiction(log.getCounty()).build());
        return log;
    }

    /** Saves a new log as a draft, to which evidence is then attached; nothing goes to the leaders yet. */
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public ServiceLog saveDraft(@NotNull LogDraft draft) {
        Assignment assignment = assignmentOf(draft);
        ServiceLog log = logs.add(ServiceLog.draft(assignment, content(draft, assignment), guard.callerName(), clock));
        persistence.flush(RECORD, null, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.created(RECORD, log.getId(), LogDraft.of(log)).jurisdiction(log.getCounty())
                .detail("draft").build());
        return log;
    }

    private Assignment assignmentOf(LogDraft draft) {
        if (draft.assignmentId() == null) {
            throw new RuleViolationException("field.required", "assignmentId");
        }
        return assignments.find(draft.assignmentId())
                .filter(a -> guard.sees(a.getCounty()))
                .orElseThrow(() -> new RuleViolationException("log.assignmentUnknown", "assignmentId",
                        draft.assignmentId()));
    }

    /**
     * Revises a log not yet approved: a draft stays a draft; a submitted or rejected one goes (back) to the
     * leader, with the evidence the rule asks.
     */
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public ServiceLog revise(long id, @NotNull Long expectedVersion, @NotNull LogDraft draft) {
        ServiceLog log = get(id);
        persistence.checkVersion(RECORD, id, expectedVersion, log.getVersion());
        requireSameAssignment(log, draft);
        LogDraft before = LogDraft.of(log);
        log.revise(content(draft, log.getAssignment()), logs.evidenceOf(id).size(), commissioners.settings(),
                guard.callerName(), clock);
        persistence.flush(RECORD, id, ConflictException::concurrentChange);
        if (!log.isDraft()) {
            todos.logSubmitted(log);
        }
        auditTrail.record(AuditEvent.updated(RECORD, id, before, LogDraft.of(log)).jurisdiction(log.getCounty()).build());
        return log;
    }

    /**
     * Submits a draft for review, with the changes of its form when {@code changes} is given; refused
     * naming the evidence while the rule asks for evidence and none is attached.
     */
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public ServiceLog submitDraft(long id, @NotNull Long expectedVersion, LogDraft changes) {
        ServiceLog log = get(id);
        persistence.checkVersion(RECORD, id, expectedVersion, log.getVersion());
        LogDraft before = LogDraft.of(log);
        if (changes != null) {
            requireSameAssignment(log, changes);
            log.saveDraft(content(changes, log.getAssignment()), guard.callerName(), clock);
        }
        log.submit(logs.evidenceOf(id).size(), commissioners.settings(), guard.callerName(), clock);
        persistence.flush(RECORD, id, ConflictException::concurrentChange);
        todos.logSubmitted(log);
        auditTrail.record(AuditEvent.updated(RECORD, id, before, LogDraft.of(log)).jurisdiction(log.getCounty())
                .detail("submitted for review").build());
        return log;
    }

    private static void requireSameAssignment(ServiceLog log, LogDraft draft) {
        if (draft.assignmentId() != null && !draft.assignmentId().equals(log.getAssignment().getId())) {
            throw new RuleViolationException("log.assignmentFixed", "assignmentId");
        }
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
        evidence.getLog().requireEvidenceRemovable(logs.evidenceOf(evidence.getLog().getId()).size(),
                commissioners.settings());
        String detail = "log " + evidence.getLog().getId() + ", " + evidence.getFileName();
        var county = evidence.getLog().getCounty();
        logs.removeEvidence(evidence);
        persistence.flush("Evidence", evidenceId, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.of(AuditAction.DELETE).record("Evidence", evidenceId).jurisdiction(county)
                .detail(detail).build());
    }

    private Evidence visibleEvidence(long evidenceId) {
        Evidence evidence = logs.findEvidence(evidenceId).orElseThrow(() -> new NotFoundException("Evidence", evidenceId));
        guard.visible("Evidence", evidenceId, evidence, evidence.getLog().getCounty());
        if (evidence.getLog().isDraft() && !seesDrafts()) {
            throw new NotFoundException("Evidence", evidenceId);
        }
        return evidence;
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
