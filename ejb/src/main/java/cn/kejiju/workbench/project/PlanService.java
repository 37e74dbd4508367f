package cn.kejiju.workbench.project;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.enterprise.EnterpriseRepository;
import cn.kejiju.workbench.financing.Yuan;
import cn.kejiju.workbench.platform.Persistence;
import cn.kejiju.workbench.review.Review;
import cn.kejiju.workbench.review.ReviewService;
import cn.kejiju.workbench.review.ReviewStanding;
import cn.kejiju.workbench.review.ReviewSubject;
import cn.kejiju.workbench.review.Reviewer;
import cn.kejiju.workbench.security.CountyGuard;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.RuleViolationException;
import cn.kejiju.workbench.todo.TodoService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The county's own plan (区/县级科技计划). The project clerk (and read-write integrators) enters and submits
 * applications with their documents (attached while a draft), assigns the experts (the review context), records
 * objections, 立项, the contract, milestones, tranches, the mid-term check and the acceptance; a leader decides
 * (拟立项 with a grant or 不予立项) — never one who prepared or submitted the application (refused and audited) — and
 * settles objections. Decisions on one call run one after another on the call's locked row, so that the grants
 * held never exceed the call's budget. The experts read the documents of the projects they review. A county
 * caller sees and changes its county's projects only.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class PlanService {

    static final String RECORD = "PlanProject";
    static final String CRITERIA_SET = "county-plan";
    private static final List<String> BUSINESS_READERS = List.of(Roles.SYSTEM_ADMIN, Roles.LEADER,
            Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK, Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK,
            Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ);

    @Inject
    PlanRepository projects;

    @Inject
    ProjectDocuments documents;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    EnterpriseRepository enterprises;

    @Inject
    ReviewService reviews;

    @Inject
    CountyGuard guard;

    @Inject
    Persistence persistence;

    @Inject
    AuditTrail auditTrail;

    @Inject
    TodoService todo;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @Inject
    @ConfigProperty(name = "workbench.project.plan.notice-days", defaultValue = "5")
    int noticeDays;

    /** Public holidays skipped by the notice besides weekends: ISO days separated by commas. */
    @Inject
    @ConfigProperty(name = "workbench.project.plan.holidays", defaultValue = " ")
    String holidays;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<PlanProject> list(@NotNull PlanFilter filter, @NotNull PageRequest page) {
        Long county = guard.countyFilter(filter.countyId(), "countyId");
        return projects.page(filter.inCounty(county), guard.countyScope(), today(), page);
    }

    /**
     * The projects an enterprise leads (newest first, at most {@code max}) with how many it leads in all, their
     * grants (withdrawn ones left out) and what was paid: the list query and one aggregate. A county caller reads
     * its county's only.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public EnterprisePlan ofEnterprise(long enterpriseId, int max) {
        Long scope = guard.countyScope();
        return new EnterprisePlan(projects.ofLead(enterpriseId, scope, max),
                projects.totalsOfLead(enterpriseId, scope));
    }

    /** An enterprise's projects of the plan (those shown) and the totals of all it leads. */
    public record EnterprisePlan(List<PlanProject> projects, PlanRepository.LeadTotals totals) {
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PlanProject get(long id) {
        PlanProject project = projects.get(id);
        return guard.visible(RECORD, id, project, project.getCounty());
    }

    /**
     * The project with its story, and its milestones (once contracted) or the objections to settle (during the
     * notice, and after one was upheld): three statements at most (every objection is in the story too).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PlanDetail detail(long id) {
        PlanProject project = get(id);
        List<PlanMilestone> milestones = project.midTermDue().isPresent() ? projects.milestonesOf(id) : List.of();
        List<PlanObjection> objections = project.getStatus() == PlanStatus.IN_NOTICE
                || project.getStatus() == PlanStatus.WITHDRAWN ? projects.objectionsOf(id) : List.of();
        return new PlanDetail(project, projects.eventsOf(id), milestones, objections, project.overdueOn(today()));
    }

    /** A project with its story, milestones, objections and overdue flag. */
    public record PlanDetail(PlanProject project, List<PlanEvent> events, List<PlanMilestone> milestones,
                             List<PlanObjection> objections, boolean overdue) {
    }

    /** The project's expert review with its average and place in the call's ranking in the county, if opened. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ReviewStanding> standing(long id) {
        get(id);
        return reviews.standingOf(PlanProject.REVIEW_KIND, id);
    }

    /** A call's budget as it stands: the grants held by projects decided to fund and not withdrawn, what is left. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public BudgetState budget(long callId) {
        ProgrammeCall call = programmes.findCall(callId).filter(c -> c.getProgramme().getLevel() == ProgrammeLevel.COUNTY)
                .orElseThrow(() -> new NotFoundException("ProgrammeCall", callId));
        BigDecimal committed = projects.committed(callId);
        return new BudgetState(call, committed, call.getBudget() == null ? null
                : PlanBudget.headroom(call.getBudget(), committed));
    }

    /** A call, the grants it holds and its headroom (null without a budget). */
    public record BudgetState(ProgrammeCall call, BigDecimal committed, BigDecimal headroom) {
    }

    /**
     * The ranking of a call's reviewed projects in a county (the caller's own for a county user): the review's
     * average and place, highest first, unscored last. Two statements whatever the number of projects.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Ranked> ranking(long callId, Long countyId) {
        Long county = guard.countyScope() != null ? guard.countyScope() : countyId;
        if (county == null) {
            throw new RuleViolationException("field.required", "countyId");
        }
        guard.countyFilter(county, "countyId");
        ReviewService.BatchRanking ranking = reviews.ranking(batch(callId, county));
        return projects.reviewedOfCall(callId, county).stream()
                .map(p -> new Ranked(p, ranking.averages().get(p.reviewId().orElse(-1L)),
                        ranking.ranks().get(p.reviewId().orElse(-1L))))
                .sorted(Comparator.comparing(Ranked::rank, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(r -> r.project().getId()))
                .toList();
    }

    /** A project with its review's average and place (null while unscored). */
    public record Ranked(PlanProject project, BigDecimal average, Integer rank) {
    }

    /** Who may be assigned to review the project (the county's reviewers and the city's). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Reviewer> reviewers(long id) {
        return reviews.reviewers(get(id).getCounty().getId());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public int noticeDays() {
        return noticeDays;
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    public PlanProject create(@NotNull PlanDraft draft) {
        Content content = content(draft);
        guard.requireWithin(RECORD, null, content.lead().getCounty(), "leadId");
        PlanProject project = projects.add(new PlanProject(content.call(), content.lead(), draft.title(),
                draft.field(), content.budget(), guard.callerName(), clock));
        persistence.flush(RECORD, null, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.created(RECORD, project.getId(), PlanDraft.of(project))
                .jurisdiction(project.getCounty()).build());
        return project;
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    public PlanProject revise(long id, @NotNull Long expectedVersion, @NotNull PlanDraft draft) {
        PlanProject project = changeable(id, expectedVersion);
        Content content = content(draft);
        guard.requireWithin(RECORD, id, content.lead().getCounty(), "leadId");
        PlanDraft before = PlanDraft.of(project);
        project.revise(content.call(), content.lead(), draft.title(), draft.field(), content.budget(),
                guard.callerName(), clock);
        persistence.flush(RECORD, id, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.updated(RECORD, id, before, PlanDraft.of(project))
                .jurisdiction(project.getCounty()).build());
        return project;
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    public PlanProject submit(long id, @NotNull Long expectedVersion) {
        PlanProject project = changeable(id, expectedVersion);
        project.submit(guard.callerName(), clock);
        return saved(project, AuditAction.UPDATE, "submitted");
    }

    /** Assigns experts: the project's review is opened on the county plan's criteria on the first call. */
    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    public PlanProject assignReviewers(long id, @NotNull Long expectedVersion, List<Long> reviewerIds) {
        PlanProject project = changeable(id, expectedVersion);
        if (project.getStatus() != PlanStatus.SUBMITTED && project.getStatus() != PlanStatus.UNDER_REVIEW) {
            throw new RuleViolationException("project.application.notNow", "reviewerIds", project.getStatus().name());
        }
        Review review = reviews.assign(subject(project), project.getCounty(), CRITERIA_SET, reviewerIds);
        project.reviewOpened(review.getId(), guard.callerName(), clock);
        return saved(project, AuditAction.UPDATE, "reviewers " + reviewerIds + " assigned (review " + review.getId()
                + ")");
    }

    /**
     * The leader's decision to fund (拟立项) with a grant: the call's row is locked, the grants it holds summed and
     * the grant checked against what is left, so that of decisions racing for the last of the budget exactly those
     * that fit succeed. The public notice starts today.
     */
    @RolesAllowed({Roles.LEADER, Roles.API_WRITE})
    public PlanProject approve(long id, @NotNull Long expectedVersion, BigDecimal grant, String note) {
        PlanProject project = decidable(id, expectedVersion);
        projects.lockCall(project.getCall().getId());
        BigDecimal committed = projects.committed(project.getCall().getId());
        project.approve(grant, committed, noticeDays, workingDays(), note, guard.callerName(), clock);
        project.reviewId().ifPresent(reviews::close);
        return saved(project, AuditAction.APPROVE, "拟立项, grant " + Yuan.plain(project.grant().orElseThrow())
                + " yuan of " + Yuan.plain(committed) + " committed, notice until " + project.noticeEnds().orElseThrow());
    }

    /** The leader's decision not to fund (不予立项), with the reason. */
    @RolesAllowed({Roles.LEADER, Roles.API_WRITE})
    public PlanProject reject(long id, @NotNull Long expectedVersion, String reason) {
        PlanProject project = decidable(id, expectedVersion);
        project.reject(reason, guard.callerName(), clock);
        project.reviewId().ifPresent(reviews::close);
        return saved(project, AuditAction.REJECT, "不予立项: " + project.getDecisionReason());
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    public PlanProject object(long id, @NotNull Long expectedVersion, LocalDate receivedOn, String objector,
                              String content) {
        PlanProject project = changeable(id, expectedVersion);
        project.object(receivedOn, objector, content, guard.callerName(), clock);
        return saved(project, AuditAction.UPDATE, "objection received on " + receivedOn);
    }

    /** The leader settles an objection: upheld, the grant is withdrawn and goes back to the call's budget. */
    @RolesAllowed({Roles.LEADER, Roles.API_WRITE})
    public PlanProject settleObjection(long id, @NotNull Long expectedVersion, int index, boolean upheld,
                                       String answer) {
        PlanProject project = changeable(id, expectedVersion);
        project.settleObjection(index, upheld, answer, guard.callerName(), clock);
        return saved(project, upheld ? AuditAction.REJECT : AuditAction.UPDATE, "objection " + index
                + (upheld ? " upheld: grant withdrawn" : " dismissed"));
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    public PlanProject establish(long id, @NotNull Long expectedVersion) {
        PlanProject project = changeable(id, expectedVersion);
        project.establish(guard.callerName(), clock);
        return saved(project, AuditAction.UPDATE, "立项 after the notice");
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    public PlanProject contract(long id, @NotNull Long expectedVersion, LocalDate signedOn, LocalDate midTermDue,
                                LocalDate acceptanceDue, List<PlanMilestone> milestones) {
        PlanProject project = changeable(id, expectedVersion);
        project.contract(signedOn, midTermDue, acceptanceDue, milestones, guard.callerName(), clock);
        return saved(project, AuditAction.UPDATE, "contract signed on " + signedOn);
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    public PlanProject milestoneDone(long id, @NotNull Long expectedVersion, int index, LocalDate on) {
        PlanProject project = changeable(id, expectedVersion);
        project.milestoneDone(index, on, guard.callerName(), clock);
        todo.resolve(ProjectReminderFeed.PLAN_MILESTONE_DUE, RECORD, ProjectReminderFeed.milestoneKey(id, index));
        return saved(project, AuditAction.UPDATE, "milestone " + index + " done on " + on);
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    public PlanProject pay(long id, @NotNull Long expectedVersion, LocalDate on, BigDecimal amount, String note) {
        PlanProject project = changeable(id, expectedVersion);
        project.pay(on, amount, note, guard.callerName(), clock);
        return saved(project, AuditAction.UPDATE, "tranche of " + Yuan.plain(amount) + " yuan paid on " + on);
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    public PlanProject midTerm(long id, @NotNull Long expectedVersion, LocalDate on, String note) {
        PlanProject project = changeable(id, expectedVersion);
        project.midTermChecked(on, note, guard.callerName(), clock);
        todo.resolve(ProjectReminderFeed.PLAN_MID_TERM_DUE, RECORD, id);
        return saved(project, AuditAction.UPDATE, "mid-term check on " + on);
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    public PlanProject accept(long id, @NotNull Long expectedVersion, LocalDate on, AcceptanceResult result,
                              String experts, String note, LocalDate deferredTo) {
        PlanProject project = changeable(id, expectedVersion);
        project.accept(on, result, experts, note, deferredTo, guard.callerName(), clock);
        todo.resolve(ProjectReminderFeed.PLAN_ACCEPTANCE_DUE, RECORD, id); // deferred: raised again when due
        return saved(project, AuditAction.UPDATE, "acceptance " + result + " on " + on);
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    public PlanProject close(long id, @NotNull Long expectedVersion, LocalDate on, String note) {
        PlanProject project = changeable(id, expectedVersion);
        project.close(on, note, guard.callerName(), clock);
        return saved(project, AuditAction.UPDATE, "结题 on " + on);
    }

    /**
     * The application's documents (without their bytes): for whoever reads the project, and for a reviewer of its
     * review (another reviewer is answered as if it did not exist).
     */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
            Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ,
            Roles.REVIEWER})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ProjectDocument> documents(long id) {
        return documents.of(readable(id));
    }

    /** Attaches a document while the application is a draft (the checks of every upload; at most 20). */
    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    public ProjectDocument attach(long id, String fileName, byte[] bytes) {
        return documents.attach(within(id), fileName, bytes, guard.callerName());
    }

    /** A document with its bytes, for whoever may list them; one of another project is answered as not found. */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
            Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ,
            Roles.REVIEWER})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public DownloadedDocument download(long id, long documentId) {
        return documents.download(readable(id), documentId);
    }

    /** Removes a document while the application is a draft. */
    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    public void removeDocument(long id, long documentId) {
        documents.remove(within(id), documentId);
    }

    /**
     * The project, if the caller may read its documents: a business reader within the county, or a reviewer
     * assigned to its review. Another reviewer is answered as if it did not exist, and the attempt is audited.
     */
    private PlanProject readable(long id) {
        if (!context.isCallerInRole(Roles.REVIEWER) || BUSINESS_READERS.stream().anyMatch(context::isCallerInRole)) {
            return get(id);
        }
        if (!reviews.reviewsSubject(PlanProject.REVIEW_KIND, id)) {
            auditTrail.recordIndependently(AuditEvent.of(AuditAction.ACCESS_DENIED).record(RECORD, id)
                    .detail("documents of a project the reviewer does not review").build());
            throw new NotFoundException(RECORD, id);
        }
        return projects.get(id);
    }

    private PlanProject decidable(long id, Long expectedVersion) {
        PlanProject project = changeable(id, expectedVersion);
        if (project.preparedBy(guard.callerName())) {
            auditTrail.recordIndependently(AuditEvent.of(AuditAction.ACCESS_DENIED).record(RECORD, id)
                    .jurisdiction(project.getCounty())
                    .detail("maker-checker: a preparer of the application tried to decide it").build());
            throw new RuleViolationException("project.plan.ownPreparation", "status");
        }
        return project;
    }

    WorkingDays workingDays() {
        return new WorkingDays(Arrays.stream(holidays.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(LocalDate::parse).collect(Collectors.toSet()));
    }

    static String batch(long callId, long countyId) {
        return "county-plan:call-" + callId + ":county-" + countyId;
    }

    static ReviewSubject subject(PlanProject p) {
        String title = p.getLead().getName() + " · " + p.getTitle();
        String summary = p.getCall().getTitle() + " · " + p.getField() + " · 总投资 " + Yuan.formatWan(p.getBudget()
                .getTotal()) + " 万元，申请资助 " + Yuan.formatWan(p.getBudget().getRequested()) + " 万元";
        return new ReviewSubject(PlanProject.REVIEW_KIND, p.getId(), batch(p.getCall().getId(),
                p.getCounty().getId()), title, summary);
    }

    private PlanProject saved(PlanProject project, AuditAction action, String detail) {
        persistence.flush(RECORD, project.getId(), ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.of(action).record(RECORD, project.getId()).jurisdiction(project.getCounty())
                .detail(detail).build());
        return project;
    }

    private PlanProject within(long id) {
        PlanProject project = get(id);
        guard.requireWithin(RECORD, id, project.getCounty(), "id");
        return project;
    }

    private PlanProject changeable(long id, Long expectedVersion) {
        PlanProject project = within(id);
        persistence.checkVersion(RECORD, id, expectedVersion, project.getVersion());
        return project;
    }

    private record Content(ProgrammeCall call, Enterprise lead, ProjectBudget budget) {
    }

    private Content content(PlanDraft draft) {
        if (draft.callId() == null) {
            throw new RuleViolationException("field.required", "callId");
        }
        ProgrammeCall call = programmes.findCall(draft.callId()).orElseThrow(
                () -> new RuleViolationException("project.call.unknown", "callId", draft.callId()));
        if (draft.leadId() == null) {
            throw new RuleViolationException("field.required", "leadId");
        }
        Enterprise lead = enterprises.find(draft.leadId()).filter(e -> guard.sees(e.getCounty())).orElseThrow(
                () -> new RuleViolationException("project.application.enterpriseUnknown", "leadId", draft.leadId()));
        return new Content(call, lead, new ProjectBudget(draft.total(), draft.selfRaised(), draft.requested()));
    }
}
