package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.enterprise.HighTechCertificate;
import cn.kejiju.workbench.platform.Persistence;
import cn.kejiju.workbench.security.CountyGuard;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.ConflictException;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Yearly figures of incubatees (在孵企业年度数据), merger or listing, and graduation (毕业). The clerk records
 * the figures; who meets which criterion is computed from them, the enterprise's high-tech certificate and
 * a recorded listing; graduating is a leader's decision that ends the running agreement with the exit reason
 * {@link ExitReason#GRADUATED} and keeps the criteria met that day.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class GraduationService {

    static final String RECORD = "Incubatee";
    static final String FIGURES = "IncubateeYear";
    static final String SETTINGS = "GraduationSettings";
    static final String THRESHOLD = "RecognitionThreshold";

    @Inject
    GraduationRepository repository;

    @Inject
    TenancyRepository tenancies;

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

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The running incubations with their figures and the criteria each meets today: three statements. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<TenantStanding> tenants(@NotNull TenantFilter filter, @NotNull PageRequest page) {
        Long county = guard.countyFilter(filter.countyId(), "countyId");
        Page<Incubatee> found = repository.tenants(filter.inCounty(county), guard.countyScope(), page);
        Map<Long, List<YearFigures>> figures = repository.figures(found.items().stream().map(Incubatee::getId).toList());
        GraduationSettings settings = repository.settings();
        LocalDate today = today();
        return found.map(i -> standing(i, figures.getOrDefault(i.getId(), List.of()), settings, today));
    }

    /** One incubatee with every year's figures and the criteria it meets today (or met when it graduated). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public TenantStanding get(long incubateeId) {
        Incubatee incubatee = visible(incubateeId);
        return standing(incubatee, repository.figures(List.of(incubateeId)).getOrDefault(incubateeId, List.of()),
                repository.settings(), today());
    }

    /** Every incubation of the enterprise within the caller's county, newest first, with figures and standing. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<TenantStanding> ofEnterprise(long enterpriseId) {
        List<Incubatee> found = repository.ofEnterprise(enterpriseId, guard.countyScope());
        Map<Long, List<YearFigures>> figures = repository.figures(found.stream().map(Incubatee::getId).toList());
        GraduationSettings settings = repository.settings();
        LocalDate today = today();
        return found.stream().map(i -> standing(i, figures.getOrDefault(i.getId(), List.of()), settings, today)).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public GraduationSettings settings() {
        return repository.settings();
    }

    /** The recognition thresholds by level (national, provincial, municipal). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<RecognitionLevel, RecognitionThreshold> thresholds() {
        return repository.thresholds();
    }

    /** The system administrator changes the graduation criteria, with the version read. */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public GraduationSettings changeSettings(@NotNull Long expectedVersion, @NotNull GraduationSettings.Values values) {
        guard.requireCityLevel(SETTINGS, GraduationSettings.ID, "highTech");
        GraduationSettings settings = repository.settings();
        persistence.checkVersion(SETTINGS, GraduationSettings.ID, expectedVersion, settings.getVersion());
        GraduationSettings.Values before = settings.values();
        settings.revise(values, guard.callerName(), clock);
        persistence.flush(SETTINGS, GraduationSettings.ID, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.of(AuditAction.SETTINGS_CHANGED).record(SETTINGS, GraduationSettings.ID)
                .detail("graduation criteria " + before + " → " + settings.values()).build());
        return settings;
    }

    /**
     * The system administrator changes the thresholds of one or more levels, each with the version read; all
     * or none are changed.
     */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public Map<RecognitionLevel, RecognitionThreshold> changeThresholds(
            @NotNull Map<RecognitionLevel, Long> expectedVersions,
            @NotNull Map<RecognitionLevel, RecognitionThreshold.Values> values) {
        guard.requireCityLevel(THRESHOLD, 0L, "level");
        Map<RecognitionLevel, RecognitionThreshold> thresholds = repository.thresholds();
        StringBuilder detail = new StringBuilder();
        for (Map.Entry<RecognitionLevel, RecognitionThreshold.Values> change : values.entrySet()) {
            RecognitionLevel level = change.getKey();
            RecognitionThreshold threshold = thresholds.get(level);
            if (threshold == null) {
                throw new cn.kejiju.workbench.shared.NotFoundException(THRESHOLD, level);
            }
            Long expected = expectedVersions.get(level);
            if (expected == null) {
                throw new RuleViolationException("field.required", "version");
            }
            persistence.checkVersion(THRESHOLD, level, expected, threshold.getVersion());
            RecognitionThreshold.Values before = threshold.values();
            threshold.revise(change.getValue());
            detail.append(detail.isEmpty() ? "" : "; ").append(level).append(' ').append(before).append(" → ")
                    .append(threshold.values());
        }
        persistence.flush(THRESHOLD, 0L, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.of(AuditAction.SETTINGS_CHANGED).record(THRESHOLD, values.keySet().toString())
                .detail("recognition thresholds " + detail).build());
        return thresholds;
    }

    /**
     * Records or revises the figures of a year: {@code expectedVersion} null records a year not yet recorded
     * (409 when it is), otherwise the version read of the year's figures.
     */
    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.API_WRITE})
    public YearFigures recordFigures(long incubateeId, int year, Long expectedVersion, @NotNull YearValues values) {
        Incubatee incubatee = visible(incubateeId);
        guard.requireWithin(RECORD, incubateeId, incubatee.getCounty(), "id");
        var existing = repository.figures(incubateeId, year);
        YearFigures figures;
        if (existing.isPresent()) {
            figures = existing.get();
            if (expectedVersion == null) {
                throw new ConflictException("incubator.figures.exists", "year", year);
            }
            persistence.checkVersion(FIGURES, figures.getId(), expectedVersion, figures.getVersion());
            figures.revise(values, guard.callerName(), clock);
        } else {
            figures = repository.add(new YearFigures(incubatee, year, values, guard.callerName(), clock));
        }
        persistence.flush(FIGURES, figures.getId(), ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.of(existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE)
                .record(FIGURES, figures.getId()).jurisdiction(incubatee.getCounty())
                .detail("incubatee " + incubateeId + ", year " + year + ": " + values).build());
        return figures;
    }

    /** Records a merger, acquisition or listing of a running incubatee. */
    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.API_WRITE})
    public Incubatee recordListing(long incubateeId, @NotNull Long expectedVersion, ListingKind kind, LocalDate on) {
        Incubatee incubatee = visible(incubateeId);
        guard.requireWithin(RECORD, incubateeId, incubatee.getCounty(), "id");
        persistence.checkVersion(RECORD, incubateeId, expectedVersion, incubatee.getVersion());
        incubatee.recordListing(kind, on, clock);
        persistence.flush(RECORD, incubateeId, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE).record(RECORD, incubateeId)
                .jurisdiction(incubatee.getCounty()).detail(kind + " on " + on).build());
        return incubatee;
    }

    /**
     * Graduates an eligible incubatee on a day (within its running agreement): the agreement ends that day
     * with the exit reason graduated, the criteria met that day are kept with the leader's name. Irreversible.
     */
    @RolesAllowed({Roles.LEADER, Roles.API_WRITE})
    public Incubatee graduate(long incubateeId, @NotNull Long expectedVersion, LocalDate day, String note) {
        Incubatee incubatee = visible(incubateeId);
        guard.requireWithin(RECORD, incubateeId, incubatee.getCounty(), "id");
        if (day == null) {
            throw new RuleViolationException("field.required", "graduationDate");
        }
        tenancies.lockCarrier(incubatee.getCarrier().getId());
        persistence.checkVersion(RECORD, incubateeId, expectedVersion, incubatee.getVersion());
        if (!incubatee.isIncubating()) {
            throw new ConflictException("incubator.incubatee.exited", "id");
        }
        Agreement running = repository.runningAgreement(incubateeId)
                .orElseThrow(() -> new RuleViolationException("incubator.graduation.noRunningAgreement", "id"));
        List<GraduationReason> reasons = repository.settings().assess(facts(incubatee,
                repository.figures(List.of(incubateeId)).getOrDefault(incubateeId, List.of())), day);
        if (reasons.isEmpty()) {
            throw new RuleViolationException("incubator.graduation.notEligible", "graduationDate", day);
        }
        running.endWithExit(day, ExitReason.GRADUATED, note, clock);
        incubatee.recordGraduation(reasons.stream().map(GraduationReason::criterion).toList(), guard.callerName(), clock);
        persistence.flush(RECORD, incubateeId, ConflictException::concurrentChange);
        todos.resolve(IncubatorTodoFeed.PERIOD_ENDING, IncubatorTodoFeed.RECORD, incubateeId);
        todos.resolve(IncubatorTodoFeed.PERIOD_RUN_OUT, IncubatorTodoFeed.RECORD, incubateeId);
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE).record(RECORD, incubateeId)
                .jurisdiction(incubatee.getCounty()).detail("graduated on " + day + " (agreement " + running.getId()
                        + " ended), criteria " + reasons.stream().map(r -> r.criterion().name())
                        .collect(Collectors.joining(","))).build());
        return incubatee;
    }

    private Incubatee visible(long incubateeId) {
        Incubatee incubatee = repository.getIncubatee(incubateeId);
        return guard.visible(RECORD, incubateeId, incubatee, incubatee.getCounty());
    }

    private static TenantStanding standing(Incubatee incubatee, List<YearFigures> figures, GraduationSettings settings,
                                           LocalDate today) {
        List<GraduationReason> reasons = incubatee.isIncubating()
                ? settings.assess(facts(incubatee, figures), today)
                : incubatee.graduationBasis().stream().map(c -> new GraduationReason(c, List.of())).toList();
        return new TenantStanding(incubatee, figures, reasons);
    }

    static GraduationFacts facts(Incubatee incubatee, List<YearFigures> figures) {
        Enterprise enterprise = incubatee.getEnterprise();
        HighTechCertificate certificate = enterprise.highTech().orElse(null);
        return new GraduationFacts(certificate == null ? null : certificate.number(),
                certificate == null ? null : certificate.validUntil(),
                figures.stream().collect(Collectors.toMap(YearFigures::getYear, YearFigures::values)),
                incubatee.listingKind().orElse(null), incubatee.listingOn().orElse(null));
    }
}
