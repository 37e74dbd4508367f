package cn.kejiju.workbench.indicator;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.enterprise.EnterpriseRepository;
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
import java.util.Optional;

/**
 * The high-tech enterprise pipeline. The projects clerk (and read-write integrators) enters enterprises in
 * the cultivation pool and records their applications; the recognition (认定) or failure (未通过) is recorded
 * by the clerk or a leader. A recognition writes the certificate (number, valid three years from its issue
 * date) to the enterprise's master data and resolves its renewal reminders (raising one at once when an old
 * recognition is recorded whose certificate is already due for renewal).
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class HighTechService {

    static final String RECORD = "HighTechCase";

    @Inject
    IndicatorRepository indicators;

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

    /**
     * A page of cases with enterprise and county; {@code expiringWithinMonths} keeps those whose certificate runs
     * out within that many months from today.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<HighTechCase> list(Long countyId, HighTechStage stage, Integer expiringWithinMonths, String text,
                                   @NotNull PageRequest page) {
        return list(countyId, stage, expiringWithinMonths, text, null, null, page);
    }

    /** The same, narrowed to the recognitions issued (发证) from {@code issuedFrom} to {@code issuedTo} (each optional). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<HighTechCase> list(Long countyId, HighTechStage stage, Integer expiringWithinMonths, String text,
                                   LocalDate issuedFrom, LocalDate issuedTo, @NotNull PageRequest page) {
        Long county = guard.countyFilter(countyId, "countyId");
        LocalDate today = LocalDate.now(clock);
        if (expiringWithinMonths != null && (expiringWithinMonths < 1 || expiringWithinMonths > 36)) {
            throw new RuleViolationException("indicator.highTech.months", "expiringWithinMonths", 36);
        }
        LocalDate by = expiringWithinMonths == null ? null : HighTechValidity.expiringBy(today, expiringWithinMonths);
        return indicators.cases(new HighTechFilter(county, stage, today, by, text, issuedFrom, issuedTo),
                guard.countyScope(), page);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public HighTechCase get(long id) {
        HighTechCase found = indicators.getCase(id);
        return guard.visible(RECORD, id, found, found.getCounty());
    }

    /** Enters an enterprise in the cultivation pool (培育库); one case per enterprise. */
    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    public HighTechCase enter(long enterpriseId, @NotNull LocalDate enteredOn, String note) {
        Enterprise enterprise = enterprises.find(enterpriseId).filter(e -> guard.sees(e.getCounty()))
                .orElseThrow(() -> new RuleViolationException("indicator.enterpriseUnknown", "enterpriseId",
                        enterpriseId));
        guard.requireWithin(RECORD, null, enterprise.getCounty(), "enterpriseId");
        if (indicators.caseOf(enterpriseId).isPresent()) {
            throw new ConflictException("indicator.highTech.alreadyInPipeline", "enterpriseId");
        }
        HighTechCase created = indicators.addCase(new HighTechCase(enterprise, enteredOn, note, clock));
        persistence.flush(RECORD, null,
                () -> new ConflictException("indicator.highTech.alreadyInPipeline", "enterpriseId"));
        auditTrail.record(AuditEvent.of(AuditAction.CREATE).record(RECORD, created.getId())
                .jurisdiction(created.getCounty()).detail(enterprise.getName() + " entered the cultivation pool on "
                        + enteredOn).build());
        return created;
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    public HighTechCase apply(long id, @NotNull Long expectedVersion, Integer year, LocalDate submittedOn) {
        HighTechCase found = changeable(id, expectedVersion);
        found.apply(year, submittedOn, clock);
        return saved(found, "applied for " + year + " on " + submittedOn);
    }

    /** Records the recognition and writes the certificate to the enterprise's master data. */
    @RolesAllowed({Roles.PROJECT_CLERK, Roles.LEADER, Roles.API_WRITE})
    public HighTechCase recognise(long id, @NotNull Long expectedVersion, String certificateNo, LocalDate issuedOn) {
        HighTechCase found = changeable(id, expectedVersion);
        HighTechCertificate certificate = found.recognise(certificateNo, issuedOn, clock);
        Enterprise enterprise = enterprises.get(found.getEnterprise().getId());
        enterprise.recogniseHighTech(certificate, clock);
        HighTechCase saved = saved(found, "recognised, certificate " + certificate.number() + " valid until "
                + certificate.validUntil());
        todos.resolve(HighTechTodoFeed.RENEWAL_DUE, HighTechTodoFeed.RECORD_TYPE, enterprise.getId());
        todos.resolve(HighTechTodoFeed.EXPIRED, HighTechTodoFeed.RECORD_TYPE, enterprise.getId());
        LocalDate today = LocalDate.now(clock);
        if (HighTechValidity.on(certificate.validUntil(), today) != HighTechValidity.State.VALID) {
            todos.raise(HighTechTodoFeed.reminder(enterprise, today));
        }
        return saved;
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.LEADER, Roles.API_WRITE})
    public HighTechCase fail(long id, @NotNull Long expectedVersion, String reason) {
        HighTechCase found = changeable(id, expectedVersion);
        found.fail(reason, clock);
        return saved(found, "not recognised: " + found.failureReason().orElse(""));
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    public HighTechCase returnToPool(long id, @NotNull Long expectedVersion, LocalDate enteredOn, String note) {
        HighTechCase found = changeable(id, expectedVersion);
        found.returnToPool(enteredOn, note, clock);
        return saved(found, "back in the cultivation pool on " + enteredOn);
    }

    /** The enterprise's case, if it has one and the caller sees it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<HighTechCase> ofEnterprise(long enterpriseId) {
        return indicators.caseOf(enterpriseId).filter(c -> guard.sees(c.getCounty()));
    }

    private HighTechCase changeable(long id, Long expectedVersion) {
        HighTechCase found = get(id);
        guard.requireWithin(RECORD, id, found.getCounty(), "id");
        persistence.checkVersion(RECORD, id, expectedVersion, found.getVersion());
        return found;
    }

    private HighTechCase saved(HighTechCase found, String detail) {
        persistence.flush(RECORD, found.getId(), ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE).record(RECORD, found.getId())
                .jurisdiction(found.getCounty()).detail(detail).build());
        return found;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
