package cn.kejiju.workbench.project;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.enterprise.EnterpriseRepository;
import cn.kejiju.workbench.financing.Yuan;
import cn.kejiju.workbench.platform.Persistence;
import cn.kejiju.workbench.security.CountyGuard;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.ConflictException;
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
 * Applications to programmes of higher levels (向上申报). The project clerk (and read-write integrators) prepares
 * them with their documents and records the bureau's help, the higher level's steps and the tranches received; a
 * leader (or a read-write integrator) recommends them for the county (县局推荐), never one who prepared it: refused,
 * and the attempt audited. A county caller sees and changes its county's applications only.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class ProjectService {

    static final String RECORD = "ProjectApplication";

    @Inject
    ProjectRepository applications;

    @Inject
    ProjectDocuments documents;

    @Inject
    ProjectEventRollup eventRollup;

    @Inject
    ProgrammeRepository programmes;

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

    /** A page of applications with call, programme, lead and county: one query and the count. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<ProjectApplication> list(@NotNull ProjectFilter filter, @NotNull PageRequest page) {
        Long county = guard.countyFilter(filter.countyId(), "countyId");
        ProjectFilter checked = filter.inCounty(county);
        return applications.page(checked, guard.countyScope(), page);
    }

    /**
     * How many enterprises and units the applications the filter matches name (lead or partner, each once per county):
     * for the applications helped within a period, the statistics' {@code enterprisesHelped}.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long organisations(@NotNull ProjectFilter filter) {
        Long county = guard.countyFilter(filter.countyId(), "countyId");
        return applications.organisations(filter.inCounty(county), guard.countyScope());
    }

    /** The application with its call, programme, lead and county (its collections: {@link #detail}). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ProjectApplication get(long id) {
        ProjectApplication application = applications.get(id);
        return guard.visible(RECORD, id, application, application.getCounty());
    }

    /** The application with its partners and its whole story, read outside a transaction: three statements. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ProjectDetail detail(long id) {
        ProjectApplication application = get(id);
        return new ProjectDetail(application, applications.partnersOf(id), applications.eventsOf(id));
    }

    /** An application, its partners and its story. */
    public record ProjectDetail(ProjectApplication application, List<Enterprise> partners, List<ProjectEvent> events) {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    public ProjectApplication prepare(@NotNull ProjectDraft draft) {
        ProjectContent content = content(draft);
        guard.requireWithin(RECORD, null, content.lead().getCounty(), "leadId");
        ProjectApplication application = applications.add(new ProjectApplication(content, guard.callerName(), clock));
        persistence.flush(RECORD, null, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.created(RECORD, application.getId(), ProjectDraft.of(application))
                .jurisdiction(application.getCounty()).build());
        return application;
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    public ProjectApplication revise(long id, @NotNull Long expectedVersion, @NotNull ProjectDraft draft) {
        ProjectApplication application = changeable(id, expectedVersion);
        ProjectContent content = content(draft);
        guard.requireWithin(RECORD, id, content.lead().getCounty(), "leadId");
        ProjectDraft before = ProjectDraft.of(application);
        application.revise(content, guard.callerName(), clock);
        return saved(application, AuditEvent.updated(RECORD, id, before, ProjectDraft.of(application)));
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    public ProjectApplication recordHelp(long id, @NotNull Long expectedVersion, HelpKind kind, LocalDate givenOn,
                                         String note) {
        ProjectApplication application = changeable(id, expectedVersion);
        application.recordHelp(new BureauHelp(kind, givenOn, note), guard.callerName(), clock);
        return saved(application, step(application, "help recorded: " + kind + " on " + givenOn));
    }

    /**
     * The county's recommendation (县局推荐), a leader's decision: refused to whoever prepared the application
     * (audited), without a document, or after the call closed.
     */
    @RolesAllowed({Roles.LEADER, Roles.API_WRITE})
    public ProjectApplication recommend(long id, @NotNull Long expectedVersion, LocalDate on, String note) {
        ProjectApplication application = changeable(id, expectedVersion);
        if (application.preparedBy(guard.callerName())) {
            auditTrail.recordIndependently(AuditEvent.of(AuditAction.ACCESS_DENIED).record(RECORD, id)
                    .jurisdiction(application.getCounty())
                    .detail("maker-checker: a preparer of the application tried to recommend it").build());
            throw new RuleViolationException("project.application.ownPreparation", "step");
        }
        application.take(ProjectStep.RECOMMEND, new StepDetails(on, note, null, null, null, null),
                documents.count(application), guard.callerName(), clock);
        persistence.flush(RECORD, id, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.of(AuditAction.APPROVE).record(RECORD, id).jurisdiction(application.getCounty())
                .detail("recommended by the county").build());
        return application;
    }

    /** Records a step the higher level took or the project made (all but the recommendation). */
    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    public ProjectApplication record(long id, @NotNull Long expectedVersion, @NotNull ProjectStep step,
                                     @NotNull StepDetails details) {
        if (step == ProjectStep.RECOMMEND) {
            throw new RuleViolationException("project.application.ownPreparation", "step");
        }
        ProjectApplication application = changeable(id, expectedVersion);
        application.take(step, details, documents.count(application), guard.callerName(), clock);
        saved(application, step(application, "step " + step + " → " + application.getStatus()
                + application.grant().map(g -> ", grant " + Yuan.plain(g) + " yuan").orElse("")));
        if (application.getStatus() == ProjectStatus.NOT_WON) {
            eventRollup.notWon(application, details.on());
        }
        return application;
    }

    /** Records a tranche received (拨付); never more in total than the grant. */
    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    public ProjectApplication receive(long id, @NotNull Long expectedVersion, LocalDate on, BigDecimal amount,
                                      String note) {
        ProjectApplication application = changeable(id, expectedVersion);
        application.receive(on, amount, note, guard.callerName(), clock);
        saved(application, step(application, "tranche of " + Yuan.plain(amount) + " yuan received on " + on));
        eventRollup.received(application, on, amount);
        return application;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ProjectDocument> documents(long id) {
        return documents.of(get(id));
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    public ProjectDocument attach(long id, String fileName, byte[] bytes) {
        return documents.attach(within(id), fileName, bytes, guard.callerName());
    }

    /** A document with its bytes; a document of another application is answered as not found. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public DownloadedDocument download(long id, long documentId) {
        return documents.download(get(id), documentId);
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    public void removeDocument(long id, long documentId) {
        documents.remove(within(id), documentId);
    }

    private ProjectApplication within(long id) {
        ProjectApplication application = get(id);
        guard.requireWithin(RECORD, id, application.getCounty(), "id");
        return application;
    }

    private ProjectApplication changeable(long id, Long expectedVersion) {
        ProjectApplication application = within(id);
        persistence.checkVersion(RECORD, id, expectedVersion, application.getVersion());
        return application;
    }

    private ProjectApplication saved(ProjectApplication application, AuditEvent.Builder event) {
        persistence.flush(RECORD, application.getId(), ConflictException::concurrentChange);
        auditTrail.record(event.jurisdiction(application.getCounty()).build());
        return application;
    }

    private static AuditEvent.Builder step(ProjectApplication application, String detail) {
        return AuditEvent.of(AuditAction.UPDATE).record(RECORD, application.getId()).detail(detail);
    }

    private ProjectContent content(ProjectDraft draft) {
        if (draft.callId() == null) {
            throw new RuleViolationException("field.required", "callId");
        }
        ProgrammeCall call = programmes.findCall(draft.callId()).orElseThrow(
                () -> new RuleViolationException("project.call.unknown", "callId", draft.callId()));
        if (draft.leadId() == null) {
            throw new RuleViolationException("field.required", "leadId");
        }
        Enterprise lead = applicant(draft.leadId(), "leadId");
        List<Enterprise> partners = new ArrayList<>();
        for (Long partnerId : draft.partnerIds()) {
            if (partnerId != null) {
                partners.add(applicant(partnerId, "partnerIds"));
            }
        }
        ProjectBudget budget = new ProjectBudget(draft.total(), draft.selfRaised(), draft.requested());
        return new ProjectContent(call, lead, partners, draft.title(), draft.field(), budget);
    }

    private Enterprise applicant(long id, String field) {
        return enterprises.find(id).filter(e -> guard.sees(e.getCounty())).orElseThrow(
                () -> new RuleViolationException("project.application.enterpriseUnknown", field, id));
    }
}
