package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.enterprise.EnterpriseRepository;
import cn.kejiju.workbench.platform.Persistence;
import cn.kejiju.workbench.security.CountyGuard;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.RuleViolationException;
import cn.kejiju.workbench.todo.TodoService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Financing applications from submission to decision, and their guarantees. The financing clerk (and
 * read-write integrators) submits, runs the due diligence, records the committee's opinions and prepares
 * the decision; a leader (or a read-write integrator other than the one who prepared it) takes it. Whoever
 * prepared a decision cannot take it: refused, and the attempt audited.
 * <p>
 * Approving a guarantee locks the guarantee company's row, then the agreement's row, then sums the
 * guarantees in force and checks the three limits ({@link GuaranteeLimits}); approvals against one company
 * are served one after the other, so together they never exceed a limit.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class ApplicationService {

    static final String RECORD = "FinancingApplication";
    static final String FILE = "ApplicationFile";

    @Inject
    ApplicationRepository applications;

    @Inject
    PartnerRepository partners;

    @Inject
    EnterpriseRepository enterprises;

    @Inject
    CountyGuard guard;

    @Inject
    Persistence persistence;

    @Inject
    AuditTrail auditTrail;

    @Inject
    TodoService todos;

    @Inject
    Clock clock;

    @Inject
    GuaranteeRollup rollup;

    /** A page of applications with their enterprise, county, product and partners: one query and the count. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<FinancingApplication> list(@NotNull ApplicationFilter filter, @NotNull PageRequest page) {
        Long county = guard.countyFilter(filter.countyId(), "countyId");
        ApplicationFilter checked = filter.inCounty(county);
        return applications.page(checked, guard.countyScope(), page);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public FinancingApplication get(long id) {
        FinancingApplication application = applications.get(id);
        return guard.visible(RECORD, id, application, application.getCounty());
    }

    /** The application with its guarantee (proposed, in force or dropped) when it has one. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ApplicationDetail detail(long id) {
        FinancingApplication application = get(id);
        return new ApplicationDetail(application, applications.guaranteeOf(id).orElse(null));
    }

    /** An application and its guarantee. */
    public record ApplicationDetail(FinancingApplication application, Guarantee guarantee) {

        public Optional<Guarantee> guaranteeFound() {
            return Optional.ofNullable(guarantee);
        }
    }

    /**
     * The enterprise's applications with their guarantees (the enterprise page), within the caller's counties:
     * two statements.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ApplicationDetail> ofEnterprise(long enterpriseId) {
        java.util.Map<Long, Guarantee> guarantees = new java.util.HashMap<>();
        applications.guaranteesOf(enterpriseId).forEach(g -> guarantees.put(g.getApplication().getId(), g));
        return applications.ofEnterprise(enterpriseId).stream().filter(a -> guard.sees(a.getCounty()))
                .map(a -> new ApplicationDetail(a, guarantees.get(a.getId()))).toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    public FinancingApplication submit(@NotNull ApplicationDraft draft) {
        ApplicationContent content = content(draft);
        guard.requireWithin(RECORD, null, content.enterprise().getCounty(), "enterpriseId");
        FinancingApplication application = applications.add(new FinancingApplication(content, guard.callerName(), clock));
        persistence.flush(RECORD, null, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.created(RECORD, application.getId(), ApplicationDraft.of(application))
                .jurisdiction(application.getCounty()).build());
        return application;
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    public FinancingApplication revise(long id, @NotNull Long expectedVersion, @NotNull ApplicationDraft draft) {
        FinancingApplication application = changeable(id, expectedVersion);
        ApplicationDraft before = ApplicationDraft.of(application);
        application.revise(content(draft), clock);
        return saved(application, AuditEvent.updated(RECORD, id, before, ApplicationDraft.of(application)));
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    public FinancingApplication startDiligence(long id, @NotNull Long expectedVersion) {
        FinancingApplication application = changeable(id, expectedVersion);
        application.startDiligence(clock);
        return saved(application, step(application, "due diligence started"));
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    public FinancingApplication recordDiligence(long id, @NotNull Long expectedVersion, String notes) {
        FinancingApplication application = changeable(id, expectedVersion);
        application.recordDiligence(notes, clock);
        return saved(application, step(application, "due diligence notes recorded"));
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    public FinancingApplication toCommittee(long id, @NotNull Long expectedVersion) {
        FinancingApplication application = changeable(id, expectedVersion);
        application.toCommittee(applications.fileCount(id), clock);
        return saved(application, step(application, "handed to the review committee"));
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    public FinancingApplication addOpinion(long id, @NotNull Long expectedVersion, String member, Vote vote,
                                          String remark) {
        FinancingApplication application = changeable(id, expectedVersion);
        application.addOpinion(new CommitteeOpinion(member, vote, remark, today()), clock);
        return saved(application, step(application, "committee opinion of " + member.strip() + ": " + vote));
    }

    /** Prepares the decision for a leader; the leaders of the county get a to-do. */
    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    public FinancingApplication prepare(long id, @NotNull Long expectedVersion, @NotNull DecisionDraft draft) {
        FinancingApplication application = changeable(id, expectedVersion);
        Cooperation cooperation = null;
        GuaranteeTerms terms = null;
        if (draft.outcome() == Outcome.APPROVE) {
            if (draft.cooperationId() == null) {
                throw new RuleViolationException("field.required", "cooperationId");
            }
            cooperation = partners.findCooperation(draft.cooperationId()).orElseThrow(
                    () -> new RuleViolationException("financing.guarantee.agreementParties", "cooperationId"));
            terms = draft.terms();
        }
        Guarantee proposed = application.prepare(draft.outcome(), draft.reasons(), cooperation, terms,
                guard.callerName(), clock);
        if (proposed != null) {
            applications.addGuarantee(proposed);
        }
        persistence.flush(RECORD, id, ConflictException::concurrentChange);
        todos.raise(FinancingReviewFeed.awaitingDecision(application));
        auditTrail.record(step(application, "decision prepared: " + draft.outcome()
                + (proposed == null ? "" : ", guarantee " + Yuan.plain(proposed.getAmount()) + " yuan")).build());
        return application;
    }

    /**
     * The limits as they stand for the application's proposed guarantee, read without locks (the approval
     * dialog shows them; the approval checks them again under locks).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<LimitCheck> limits(long id) {
        FinancingApplication application = get(id);
        return applications.guaranteeOf(id).map(g -> checks(application, g.getGuarantor(), g.getCooperation(),
                g.getAmount())).orElse(List.of());
    }

    /**
     * Takes the prepared decision: for an approval the guarantee comes into force if it fits every limit (else
     * refused naming the limit, its headroom and the shortfall, and nothing changes).
     */
    @RolesAllowed({Roles.LEADER, Roles.API_WRITE})
    public FinancingApplication approve(long id, @NotNull Long expectedVersion) {
        FinancingApplication application = decidable(id, expectedVersion);
        Guarantee guarantee = null;
        if (application.outcome().orElseThrow() == Outcome.APPROVE) {
            Partner guarantor = partners.lock(application.getGuarantor().getId());
            guarantee = applications.guaranteeOf(id).orElseThrow(() -> new NotFoundException("Guarantee", id));
            Cooperation cooperation = partners.lockCooperation(guarantee.getCooperation().getId());
            application.requireCovering(cooperation, today());
            List<LimitCheck> checks = checks(application, guarantor, cooperation, guarantee.getAmount());
            Optional<LimitCheck> failing = checks.stream().filter(c -> !c.passes()).findFirst();
            if (failing.isPresent()) {
                LimitCheck refused = failing.get();
                auditTrail.recordIndependently(AuditEvent.of(AuditAction.REJECT).record(RECORD, id)
                        .jurisdiction(application.getCounty()).detail("approval refused by the " + refused.kind()
                                + " limit: headroom " + Yuan.plain(refused.headroom()) + ", shortfall "
                                + Yuan.plain(refused.shortfall())).build());
                throw new LimitExceededException(refused);
            }
        }
        application.approve(guarantee, guard.callerName(), clock);
        persistence.flush(RECORD, id, ConflictException::concurrentChange);
        if (guarantee != null) {
            rollup.inForce(guarantee);
        }
        todos.resolve(FinancingReviewFeed.AWAITING_DECISION, RECORD, id);
        auditTrail.record(AuditEvent.of(AuditAction.APPROVE).record(RECORD, id).jurisdiction(application.getCounty())
                .detail(application.getStatus() + (guarantee == null ? ""
                        : ", guarantee " + Yuan.plain(guarantee.getAmount()) + " yuan in force")).build());
        return application;
    }

    /** Rejects the application with the decider's reasons; a proposed guarantee is dropped. */
    @RolesAllowed({Roles.LEADER, Roles.API_WRITE})
    public FinancingApplication reject(long id, @NotNull Long expectedVersion, String reasons) {
        FinancingApplication application = decidable(id, expectedVersion);
        Guarantee guarantee = applications.guaranteeOf(id).orElse(null);
        application.reject(guarantee, reasons, guard.callerName(), clock);
        persistence.flush(RECORD, id, ConflictException::concurrentChange);
        todos.resolve(FinancingReviewFeed.AWAITING_DECISION, RECORD, id);
        auditTrail.record(AuditEvent.of(AuditAction.REJECT).record(RECORD, id).jurisdiction(application.getCounty())
                .detail(application.reasons().orElseThrow()).build());
        return application;
    }

    /** Visible, within the caller's county, in the version read, and not prepared by the caller (audited). */
    private FinancingApplication decidable(long id, Long expectedVersion) {
        FinancingApplication application = changeable(id, expectedVersion);
        if (application.preparedBy(guard.callerName())) {
            auditTrail.recordIndependently(AuditEvent.of(AuditAction.ACCESS_DENIED).record(RECORD, id)
                    .jurisdiction(application.getCounty())
                    .detail("maker-checker: the decision's preparer tried to approve it").build());
            throw new RuleViolationException("financing.application.ownPreparation", "status");
        }
        return application;
    }

    private List<LimitCheck> checks(FinancingApplication application, Partner guarantor, Cooperation cooperation,
                                    BigDecimal amount) {
        Set<Long> group = RelatedParties.group(application.getEnterprise().getId(), partners::linked);
        GuaranteeLimits.InForce inForce = new GuaranteeLimits.InForce(
                partners.inForceByCooperation(List.of(cooperation.getId())).getOrDefault(cooperation.getId(), zero()),
                partners.inForceByGuarantor(List.of(guarantor.getId())).getOrDefault(guarantor.getId(), zero()),
                partners.inForceFor(guarantor.getId(), group));
        return GuaranteeLimits.checks(guarantor, cooperation, partners.settings(), inForce, amount);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ApplicationFile> files(long id) {
        get(id);
        return applications.filesOf(id);
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    public ApplicationFile attach(long id, String fileName, byte[] bytes) {
        FinancingApplication application = get(id);
        guard.requireWithin(RECORD, id, application.getCounty(), "id");
        ApplicationFile file = applications.addFile(ApplicationFile.of(application, applications.fileCount(id),
                fileName, bytes, guard.callerName(), clock), bytes);
        persistence.flush(FILE, null, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.of(AuditAction.CREATE).record(FILE, file.getId()).jurisdiction(application.getCounty())
                .detail("application " + id + ", " + file.getFileName() + ", " + file.getSize() + " bytes").build());
        return file;
    }

    /** A file of the application with its bytes; a file of another application is answered as not found. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public DownloadedFile download(long id, long fileId) {
        ApplicationFile file = fileOf(id, fileId);
        return new DownloadedFile(file, applications.content(file));
    }

    /** A file and its bytes. */
    public record DownloadedFile(ApplicationFile file, byte[] bytes) {
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    public void removeFile(long id, long fileId) {
        ApplicationFile file = fileOf(id, fileId);
        FinancingApplication application = file.getApplication();
        guard.requireWithin(RECORD, id, application.getCounty(), "id");
        application.requireFilesChangeable();
        applications.removeFile(file);
        auditTrail.record(AuditEvent.of(AuditAction.DELETE).record(FILE, fileId).jurisdiction(application.getCounty())
                .detail("application " + id + ", " + file.getFileName()).build());
    }

    private ApplicationFile fileOf(long id, long fileId) {
        get(id);
        return applications.findFile(fileId).filter(f -> f.getApplication().getId() == id)
                .orElseThrow(() -> new NotFoundException(FILE, fileId));
    }

    private FinancingApplication changeable(long id, Long expectedVersion) {
        FinancingApplication application = get(id);
        guard.requireWithin(RECORD, id, application.getCounty(), "id");
        persistence.checkVersion(RECORD, id, expectedVersion, application.getVersion());
        return application;
    }

    private FinancingApplication saved(FinancingApplication application, AuditEvent.Builder event) {
        persistence.flush(RECORD, application.getId(), ConflictException::concurrentChange);
        auditTrail.record(event.jurisdiction(application.getCounty()).build());
        return application;
    }

    private static AuditEvent.Builder step(FinancingApplication application, String detail) {
        return AuditEvent.of(AuditAction.UPDATE).record(RECORD, application.getId()).detail(detail);
    }

    private ApplicationContent content(ApplicationDraft draft) {
        if (draft.enterpriseId() == null) {
            throw new RuleViolationException("field.required", "enterpriseId");
        }
        Enterprise enterprise = enterprises.find(draft.enterpriseId()).filter(e -> guard.sees(e.getCounty()))
                .orElseThrow(() -> new RuleViolationException("financing.application.enterpriseUnknown",
                        "enterpriseId", draft.enterpriseId()));
        if (draft.productCode() == null || draft.productCode().isBlank()) {
            throw new RuleViolationException("field.required", "productCode");
        }
        Product product = partners.product(draft.productCode()).orElseThrow(
                () -> new RuleViolationException("financing.application.productUnknown", "productCode",
                        draft.productCode()));
        Partner bank = draft.bankId() == null ? null : partners.find(draft.bankId()).orElseThrow(
                () -> new RuleViolationException("financing.application.notBank", "bankId"));
        Partner guarantor = draft.guarantorId() == null ? null : partners.find(draft.guarantorId()).orElseThrow(
                () -> new RuleViolationException("financing.application.notGuarantor", "guarantorId"));
        return new ApplicationContent(enterprise, product, draft.amount(), draft.termMonths(), draft.purpose(), bank,
                guarantor);
    }
}
