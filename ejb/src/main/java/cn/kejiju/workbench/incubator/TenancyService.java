package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.enterprise.EnterpriseRepository;
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

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Set;

/**
 * Tenancy agreements (入孵协议): letting units to an enterprise, renewal, moving to other units and exit.
 * Every change in a carrier first locks the carrier's row, then checks that no letting of the units shares
 * a day with the new one, then writes: two clerks letting one unit at the same moment get one agreement
 * and one conflict naming the unit and the agreement that holds it.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class TenancyService {

    static final String RECORD = "Agreement";

    @Inject
    TenancyRepository tenancies;

    @Inject
    CarrierService carriers;

    @Inject
    EnterpriseRepository enterprises;

    @Inject
    EntryRepository entries;

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

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<Agreement> list(@NotNull AgreementFilter filter, @NotNull PageRequest page) {
        return tenancies.page(filter, guard.countyScope(), page);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Agreement get(long id) {
        Agreement agreement = tenancies.get(id);
        return guard.visible(RECORD, id, agreement, agreement.getCounty());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The carrier's units on a day (today when null) by building, floor and room, each free, let (to whom,
     * until when), reserved from a later day, or out of service; only one building's units when {@code building}
     * is given (a carrier of thousands of units is shown a building at a time). Two queries whatever the number
     * of units, both read as values.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<OccupancyCell> occupancy(long carrierId, LocalDate day, String building) {
        LocalDate on = day == null ? today() : day;
        String only = building == null || building.isBlank() ? null : building.strip();
        List<UnitPlace> units = carriers.places(carrierId, only);
        Map<Long, List<UnitTenancy>> lettings = tenancies.lettingsFrom(carrierId, only, on).stream()
                .collect(Collectors.groupingBy(UnitTenancy::unitId));
        List<OccupancyCell> cells = new ArrayList<>(units.size());
        for (UnitPlace unit : units) {
            cells.add(OccupancyCell.of(unit, lettings.getOrDefault(unit.id(), List.of()), on));
        }
        return cells;
    }

    /** Lets units to an enterprise that is not incubating at the carrier: its first agreement. */
    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.API_WRITE})
    public Agreement let(@NotNull LettingDraft draft) {
        Carrier visible = carriers.get(required(draft.carrierId(), "carrierId"));
        guard.requireWithin(CarrierService.RECORD, visible.getId(), visible.getCounty(), "carrierId");
        Carrier carrier = tenancies.lockCarrier(visible.getId());
        Enterprise enterprise = enterprises.find(required(draft.enterpriseId(), "enterpriseId"))
                .filter(e -> guard.sees(e.getCounty()))
                .orElseThrow(() -> new RuleViolationException("incubator.agreement.enterpriseUnknown", "enterpriseId",
                        draft.enterpriseId()));
        EntryApplication application = application(draft.applicationId(), carrier, enterprise);
        tenancies.incubating(carrier.getId(), enterprise.getId()).ifPresent(i -> {
            throw new ConflictException("incubator.incubatee.already", "enterpriseId", enterprise.getName());
        });
        AgreementTerms terms = AgreementTerms.of(new LetPeriod(draft.startDate(), draft.endDate()), draft.deposit(),
                draft.relief());
        List<Unit> units = units(draft.unitIds());
        refuseOverlap(units, terms.period(), null);
        Incubatee incubatee = tenancies.addIncubatee(new Incubatee(carrier, enterprise, terms.period().start(), clock));
        Agreement agreement = tenancies.add(Agreement.sign(incubatee, units, terms, application, clock));
        persistence.flush(RECORD, null, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.created(RECORD, agreement.getId(), AgreementDraft.of(agreement))
                .jurisdiction(agreement.getCounty()).build());
        return agreement;
    }

    /** Renews a running agreement to a new end: the same units from the day after it ends. */
    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.API_WRITE})
    public Agreement renew(long id, @NotNull Long expectedVersion, LocalDate newEnd, BigDecimal deposit,
                           List<ReliefStep> relief) {
        Agreement agreement = locked(id, expectedVersion);
        List<Unit> units = agreement.getLettings().stream().map(Letting::getUnit).toList();
        refuseOverlap(units, new LetPeriod(agreement.getEndDate().plusDays(1), required(newEnd, "endDate")), id);
        Agreement successor = tenancies.add(agreement.renew(newEnd, deposit, new ReliefSchedule(relief), clock));
        return replaced(agreement, successor, "renewed by agreement ");
    }

    /** Moves the tenant to other units from a day on; the incubation continues under the successor. */
    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.API_WRITE})
    public Agreement move(long id, @NotNull Long expectedVersion, List<Long> unitIds, LocalDate day, LocalDate newEnd,
                          BigDecimal deposit, List<ReliefStep> relief) {
        Agreement agreement = locked(id, expectedVersion);
        List<Unit> units = units(unitIds);
        refuseOverlap(units, new LetPeriod(required(day, "startDate"), required(newEnd, "endDate")), id);
        Agreement successor = tenancies.add(agreement.moveTo(units, day, newEnd, deposit, new ReliefSchedule(relief),
                clock));
        return replaced(agreement, successor, "moved to agreement ");
    }

    /**
     * The tenant leaves: the agreement ends on the day and the incubation exits with the reason. Graduation is
     * not an exit a clerk records: it is a leader's decision ({@link GraduationService#graduate}).
     */
    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.API_WRITE})
    public Agreement exit(long id, @NotNull Long expectedVersion, LocalDate day, ExitReason reason, String note) {
        if (reason == ExitReason.GRADUATED) {
            throw new RuleViolationException("incubator.exit.graduationByLeader", "reason");
        }
        Agreement agreement = locked(id, expectedVersion);
        agreement.endWithExit(day, reason, note, clock);
        persistence.flush(RECORD, id, ConflictException::concurrentChange);
        long incubatee = agreement.getIncubatee().getId();
        todos.resolve(IncubatorTodoFeed.PERIOD_ENDING, IncubatorTodoFeed.RECORD, incubatee);
        todos.resolve(IncubatorTodoFeed.PERIOD_RUN_OUT, IncubatorTodoFeed.RECORD, incubatee);
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE).record(RECORD, id).jurisdiction(agreement.getCounty())
                .detail("ended on " + day + ", exit " + reason).build());
        return agreement;
    }

    private Agreement replaced(Agreement agreement, Agreement successor, String detail) {
        persistence.flush(RECORD, agreement.getId(), ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.created(RECORD, successor.getId(), AgreementDraft.of(successor))
                .jurisdiction(successor.getCounty()).detail("follows agreement " + agreement.getId()).build());
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE).record(RECORD, agreement.getId())
                .jurisdiction(agreement.getCounty()).detail(detail + successor.getId()).build());
        return successor;
    }

    /** The agreement, visible to the caller, its carrier locked, in the version the caller read. */
    private Agreement locked(long id, Long expectedVersion) {
        Agreement agreement = get(id);
        guard.requireWithin(RECORD, id, agreement.getCounty(), "id");
        tenancies.lockCarrier(agreement.getIncubatee().getCarrier().getId());
        persistence.checkVersion(RECORD, id, expectedVersion, agreement.getVersion());
        return agreement;
    }

    /**
     * The approved entry application of the enterprise at the carrier a letting is for (null for none), not let
     * by another agreement.
     */
    private EntryApplication application(Long id, Carrier carrier, Enterprise enterprise) {
        if (id == null) {
            return null;
        }
        EntryApplication application = entries.find(id).filter(a -> guard.sees(a.getCounty()))
                .orElseThrow(() -> new RuleViolationException("incubator.entry.unknown", "applicationId", id));
        application.checkLetting(carrier, enterprise);
        entries.agreementOf(id).ifPresent(held -> {
            throw new ConflictException("incubator.entry.letAlready", "applicationId", id, held);
        });
        return application;
    }

    private List<Unit> units(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new RuleViolationException("incubator.agreement.noUnits", "unitIds");
        }
        Set<Long> distinct = new LinkedHashSet<>(ids);
        if (distinct.size() != ids.size()) {
            throw new RuleViolationException("incubator.agreement.unitRepeated", "unitIds");
        }
        List<Unit> units = tenancies.units(distinct);
        if (units.size() != distinct.size() || units.stream().anyMatch(u -> !guard.sees(u.getCounty()))) {
            throw new RuleViolationException("incubator.agreement.unitUnknown", "unitIds");
        }
        return units;
    }

    private void refuseOverlap(List<Unit> units, LetPeriod period, Long exceptAgreementId) {
        tenancies.overlapping(units.stream().map(Unit::getId).toList(), period, exceptAgreementId).ifPresent(held -> {
            throw new ConflictException("incubator.unit.letAlready", "unitIds", Agreement.label(held.getUnit()),
                    held.getAgreement().getId(), held.getStartDate(), held.getEndDate());
        });
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new RuleViolationException("field.required", field);
        }
        return value;
    }
}
