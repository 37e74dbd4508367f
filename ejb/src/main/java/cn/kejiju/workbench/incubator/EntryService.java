package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.enterprise.EnterpriseRepository;
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
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Entry applications (入孵申请): the incubator clerk prepares, submits and has them reviewed; a leader
 * approves or rejects a reviewed one. The entry rule (months since founding) is the installation's setting.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class EntryService {

    static final String RECORD = "EntryApplication";
    static final String FILE = "EntryFile";
    /** The roles that read entry applications as such (a reviewer reads only the documents of what it reviews). */
    private static final List<String> BUSINESS_READERS = List.of(Roles.SYSTEM_ADMIN, Roles.LEADER,
            Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK, Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK,
            Roles.VIEWER, Roles.API_READ);

    @Inject
    EntryRepository entries;

    @Inject
    CarrierService carriers;

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
    Clock clock;

    @Resource
    SessionContext context;

    @Inject
    @ConfigProperty(name = "workbench.incubator.period-months-by-industry",
            defaultValue = "生物医药:60,集成电路设计:60,现代农业:60")
    String fieldsWithLongerPeriods;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<EntryApplication> list(@NotNull EntryFilter filter, @NotNull PageRequest page) {
        Long county = guard.countyFilter(filter.countyId(), "countyId");
        return entries.page(new EntryFilter(county, filter.carrierId(), filter.status(), filter.text(), filter.enterpriseId()),
                guard.countyScope(), page);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public EntryApplication get(long id) {
        EntryApplication application = entries.get(id);
        return guard.visible(RECORD, id, application, application.getCounty());
    }

    /**
     * The application's review with its average and rank in its batch, if reviewers were assigned; the review
     * is of the application's county, so one outside the caller's is answered as not found.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ReviewStanding> standing(long id) {
        return reviews.standingOf(EntryApplication.REVIEW_KIND, id);
    }

    /** The agreement signed for the application, if any. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Long> agreementOf(long id) {
        get(id);
        return entries.agreementOf(id);
    }

    /** Who may be assigned to review the application. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Reviewer> reviewers(long id) {
        return reviews.reviewers(get(id).getCounty().getId());
    }

    /**
     * Technology fields a form suggests: those the incubation period knows by name (any other may be typed).
     */
    public List<String> technologyFields() {
        return IncubationPeriod.parse(IncubationPeriod.DEFAULT_MONTHS, fieldsWithLongerPeriods).byIndustry().keySet()
                .stream().sorted().toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public EntrySettings settings() {
        return entries.settings();
    }

    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.API_WRITE})
    public EntryApplication create(@NotNull EntryDraft draft) {
        Carrier carrier = carrier(draft);
        Enterprise enterprise = enterprise(draft);
        EntryApplication application = entries.add(new EntryApplication(carrier, enterprise, draft.details(),
                entries.settings().rule(), clock));
        persistence.flush(RECORD, null, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.created(RECORD, application.getId(), EntryAudit.of(application))
                .jurisdiction(application.getCounty()).build());
        return application;
    }

    /** Changes a draft (the carrier and enterprise stay). */
    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.API_WRITE})
    public EntryApplication revise(long id, @NotNull Long expectedVersion, @NotNull EntryDraft draft) {
        EntryApplication application = changeable(id, expectedVersion);
        if (draft.carrierId() != null && !draft.carrierId().equals(application.getCarrier().getId())
                || draft.enterpriseId() != null && !draft.enterpriseId().equals(application.getEnterprise().getId())) {
            throw new RuleViolationException("incubator.entry.fixed", draft.carrierId() != null
                    && !draft.carrierId().equals(application.getCarrier().getId()) ? "carrierId" : "enterpriseId");
        }
        EntryAudit before = EntryAudit.of(application);
        application.revise(draft.details(), entries.settings().rule(), clock);
        persistence.flush(RECORD, id, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.updated(RECORD, id, before, EntryAudit.of(application))
                .jurisdiction(application.getCounty()).build());
        return application;
    }

    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.API_WRITE})
    public EntryApplication submit(long id, @NotNull Long expectedVersion) {
        EntryApplication application = changeable(id, expectedVersion);
        application.submit(entries.settings().rule(), entries.fileKindsOf(id), clock);
        return stored(application, AuditAction.UPDATE, "submitted on " + application.getAppliedOn());
    }

    /** Assigns reviewers: the application's review is opened on the settings' criteria set on the first call. */
    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.API_WRITE})
    public EntryApplication assignReviewers(long id, @NotNull Long expectedVersion, List<Long> reviewerIds) {
        EntryApplication application = changeable(id, expectedVersion);
        if (application.getStatus() != EntryStatus.SUBMITTED && application.getStatus() != EntryStatus.UNDER_REVIEW
                && application.getStatus() != EntryStatus.REVIEWED) {
            throw new ConflictException("incubator.entry.status", "status", application.getStatus());
        }
        Review review = reviews.assign(subject(application), application.getCounty(),
                entries.settings().getCriteriaSetCode(), reviewerIds);
        application.underReview(review.getId(), clock);
        return stored(application, AuditAction.UPDATE, "reviewers assigned (review " + review.getId() + ")");
    }

    /** The leader approves or rejects a reviewed application; a rejection needs a reason. Closes the review. */
    @RolesAllowed({Roles.LEADER, Roles.API_WRITE})
    public EntryApplication decide(long id, @NotNull Long expectedVersion, boolean approve, String reason) {
        EntryApplication application = changeable(id, expectedVersion);
        application.decide(approve, reason, guard.callerName(), clock);
        if (application.getReviewId() != null) {
            reviews.close(application.getReviewId());
        }
        return stored(application, approve ? AuditAction.APPROVE : AuditAction.REJECT,
                approve ? "approved" : "rejected: " + application.getDecisionReason());
    }

    /** The system administrator changes the entry rule's months and the criteria set of new reviews. */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public EntrySettings changeSettings(@NotNull Long expectedVersion, int maxAgeMonths, String criteriaSetCode) {
        guard.requireCityLevel("EntrySettings", EntrySettings.ID, "maxAgeMonths");
        EntrySettings settings = entries.settings();
        persistence.checkVersion("EntrySettings", EntrySettings.ID, expectedVersion, settings.getVersion());
        reviews.criteriaSet(criteriaSetCode == null ? "" : criteriaSetCode.strip());
        int before = settings.getMaxAgeMonths();
        settings.change(maxAgeMonths, criteriaSetCode, clock);
        persistence.flush("EntrySettings", EntrySettings.ID, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.of(AuditAction.SETTINGS_CHANGED).record("EntrySettings", EntrySettings.ID)
                .detail("entry rule " + before + " → " + maxAgeMonths + " months, criteria " + criteriaSetCode).build());
        return settings;
    }

    /**
     * The application's documents (without their bytes): for whoever reads the application, and for a reviewer
     * of its review (another reviewer answered as if it did not exist).
     */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
            Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ, Roles.REVIEWER})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<EntryFile> files(long id) {
        readable(id);
        return entries.filesOf(id);
    }

    /** Attaches a document of a kind to a draft (the checks of every upload; at most 20). */
    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.API_WRITE})
    public EntryFile attach(long id, EntryFileKind kind, String fileName, byte[] bytes) {
        EntryApplication application = get(id);
        guard.requireWithin(RECORD, id, application.getCounty(), "id");
        EntryFile file = entries.addFile(EntryFile.of(application, kind, entries.fileCount(id), fileName, bytes,
                guard.callerName(), clock), bytes);
        persistence.flush(FILE, null, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.of(AuditAction.CREATE).record(FILE, file.getId()).jurisdiction(application.getCounty())
                .detail("entry application " + id + ", " + kind + " " + file.getFileName() + ", " + file.getSize()
                        + " bytes").build());
        return file;
    }

    /** A document with its bytes, for whoever may list the application's documents. */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
            Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ, Roles.REVIEWER})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public DownloadedFile download(long id, long fileId) {
        readable(id);
        EntryFile file = fileOf(id, fileId);
        return new DownloadedFile(file, entries.content(file));
    }

    /** A document and its bytes. */
    public record DownloadedFile(EntryFile file, byte[] bytes) {
    }

    /** Removes a document of a draft. */
    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.API_WRITE})
    public void removeFile(long id, long fileId) {
        EntryApplication application = get(id);
        guard.requireWithin(RECORD, id, application.getCounty(), "id");
        EntryFile file = fileOf(id, fileId);
        file.requireRemovable();
        entries.removeFile(file);
        auditTrail.record(AuditEvent.of(AuditAction.DELETE).record(FILE, fileId).jurisdiction(application.getCounty())
                .detail("entry application " + id + ", " + file.getKind() + " " + file.getFileName()).build());
    }

    private EntryFile fileOf(long id, long fileId) {
        return entries.findFile(fileId).filter(f -> f.getApplication().getId() == id)
                .orElseThrow(() -> new NotFoundException(FILE, fileId));
    }

    /**
     * The application, if the caller may read its documents: a business reader within the county, or a reviewer
     * assigned to its review. Another reviewer is answered as if it did not exist, and the attempt is audited.
     */
    private void readable(long id) {
        if (!context.isCallerInRole(Roles.REVIEWER) || BUSINESS_READERS.stream().anyMatch(context::isCallerInRole)) {
            get(id);
            return;
        }
        if (!reviews.reviewsSubject(EntryApplication.REVIEW_KIND, id)) {
            auditTrail.recordIndependently(AuditEvent.of(AuditAction.ACCESS_DENIED).record(RECORD, id)
                    .detail("documents of an application the reviewer does not review").build());
            throw new NotFoundException(RECORD, id);
        }
    }

    static ReviewSubject subject(EntryApplication a) {
        String title = a.getEnterprise().getName() + " · " + a.getCarrier().getName();
        String summary = a.getTechnologyField() + " · " + a.getArea().toPlainString() + " m² · "
                + a.getFoundedOn().format(DateTimeFormatter.ISO_LOCAL_DATE) + "\n" + a.getBusinessSummary();
        return new ReviewSubject(EntryApplication.REVIEW_KIND, a.getId(), a.reviewBatch(), title, summary);
    }

    private EntryApplication stored(EntryApplication application, AuditAction action, String detail) {
        persistence.flush(RECORD, application.getId(), ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.of(action).record(RECORD, application.getId())
                .jurisdiction(application.getCounty()).detail(detail).build());
        return application;
    }

    private EntryApplication changeable(long id, Long expectedVersion) {
        EntryApplication application = get(id);
        guard.requireWithin(RECORD, id, application.getCounty(), "id");
        persistence.checkVersion(RECORD, id, expectedVersion, application.getVersion());
        return application;
    }

    private Carrier carrier(EntryDraft draft) {
        if (draft.carrierId() == null) {
            throw new RuleViolationException("field.required", "carrierId");
        }
        Carrier carrier = carriers.get(draft.carrierId());
        guard.requireWithin(CarrierService.RECORD, carrier.getId(), carrier.getCounty(), "carrierId");
        return carrier;
    }

    private Enterprise enterprise(EntryDraft draft) {
        if (draft.enterpriseId() == null) {
            throw new RuleViolationException("field.required", "enterpriseId");
        }
        return enterprises.find(draft.enterpriseId()).filter(e -> guard.sees(e.getCounty()))
                .orElseThrow(() -> new RuleViolationException("incubator.agreement.enterpriseUnknown", "enterpriseId",
                        draft.enterpriseId()));
    }
}
