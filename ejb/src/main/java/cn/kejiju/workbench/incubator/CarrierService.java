package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.jurisdiction.JurisdictionRepository;
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
import java.util.List;
import java.util.Map;

/**
 * Carriers (载体) and their units. Everybody who reads business records reads them, within the county;
 * the incubator clerk (and read-write integrator tokens) registers and revises them.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class CarrierService {

    static final String RECORD = "Carrier";
    static final String UNIT = "Unit";

    @Inject
    CarrierRepository carriers;

    @Inject
    JurisdictionRepository jurisdictions;

    @Inject
    CountyGuard guard;

    @Inject
    Persistence persistence;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    /** A page of carriers with their unit totals: two statements (the page, the totals) and the count. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<CarrierSummary> list(@NotNull CarrierFilter filter, @NotNull PageRequest page) {
        Page<Carrier> found = carriers.page(filter, guard.countyScope(), page);
        Map<Long, CarrierRepository.UnitTotals> totals = carriers.totals(
                found.items().stream().map(Carrier::getId).toList());
        return found.map(c -> new CarrierSummary(c, totals.getOrDefault(c.getId(), CarrierRepository.UnitTotals.NONE)));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Carrier get(long id) {
        Carrier carrier = carriers.get(id);
        return guard.visible(RECORD, id, carrier, carrier.getCounty());
    }

    /** One carrier with its unit totals. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CarrierSummary summary(long id) {
        Carrier carrier = get(id);
        return new CarrierSummary(carrier, totals(carrier));
    }

    /** A page of the carrier's units by building, floor and room code. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<Unit> units(long carrierId, @NotNull PageRequest page) {
        Carrier carrier = get(carrierId);
        List<Unit> rows = carriers.units(carrier.getId(), page.offset(), page.size());
        long total = rows.size() < page.size() && (page.page() == 0 || !rows.isEmpty())
                ? (long) page.offset() + rows.size()
                : totals(carrier).units();
        return new Page<>(rows, total, page.page(), page.size());
    }

    /** Every unit of the carrier by building, floor and room code. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Unit> allUnits(long carrierId) {
        return carriers.units(get(carrierId).getId());
    }

    /**
     * Where every unit of the carrier is and what it is, by building, floor and room code; only one building's
     * units when {@code building} is given.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<UnitPlace> places(long carrierId, String building) {
        return carriers.places(get(carrierId).getId(), building == null || building.isBlank() ? null : building.strip());
    }

    /** The names of the carrier's buildings, in order. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> buildings(long carrierId) {
        return carriers.buildings(get(carrierId).getId());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Unit unit(long unitId) {
        Unit unit = carriers.getUnit(unitId);
        return guard.visible(UNIT, unitId, unit, unit.getCounty());
    }

    /** A unit of the given carrier; a unit of another carrier is answered as not found. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Unit unitOf(long carrierId, long unitId) {
        Unit unit = unit(unitId);
        if (!unit.getCarrier().getId().equals(carrierId)) {
            throw new NotFoundException(UNIT, unitId);
        }
        return unit;
    }

    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.API_WRITE})
    public Carrier register(@NotNull CarrierDraft draft) {
        Carrier carrier = carriers.add(new Carrier(profile(draft), clock));
        persistence.flush(RECORD, null, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.created(RECORD, carrier.getId(), CarrierDraft.of(carrier))
                .jurisdiction(carrier.getCounty()).build());
        return carrier;
    }

    /** Replaces a carrier's description; a stale {@code expectedVersion} changes nothing. */
    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.API_WRITE})
    public Carrier revise(long id, @NotNull Long expectedVersion, @NotNull CarrierDraft draft) {
        Carrier carrier = get(id);
        persistence.checkVersion(RECORD, id, expectedVersion, carrier.getVersion());
        CarrierDraft before = CarrierDraft.of(carrier);
        carrier.revise(profile(draft), clock);
        if (!before.countyId().equals(carrier.getCounty().getId())) {
            carriers.units(id).forEach(Unit::followCarrier);
        }
        persistence.flush(RECORD, id, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.updated(RECORD, id, before, CarrierDraft.of(carrier))
                .jurisdiction(carrier.getCounty()).build());
        return carrier;
    }

    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.API_WRITE})
    public Unit addUnit(long carrierId, @NotNull UnitDraft draft) {
        Carrier carrier = get(carrierId);
        UnitSpec spec = spec(draft);
        refuseTakenRoom(carrierId, spec, null);
        Unit unit = carriers.addUnit(new Unit(carrier, spec, clock));
        persistence.flush(UNIT, null, () -> roomTaken(spec));
        auditTrail.record(AuditEvent.created(UNIT, unit.getId(), UnitDraft.of(unit))
                .jurisdiction(carrier.getCounty()).detail("carrier " + carrierId).build());
        return unit;
    }

    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.API_WRITE})
    public Unit reviseUnit(long carrierId, long unitId, @NotNull Long expectedVersion, @NotNull UnitDraft draft) {
        Unit unit = unitOf(carrierId, unitId);
        persistence.checkVersion(UNIT, unitId, expectedVersion, unit.getVersion());
        UnitSpec spec = spec(draft);
        refuseTakenRoom(carrierId, spec, unitId);
        UnitDraft before = UnitDraft.of(unit);
        unit.revise(spec, clock);
        persistence.flush(UNIT, unitId, () -> roomTaken(spec));
        auditTrail.record(AuditEvent.updated(UNIT, unitId, before, UnitDraft.of(unit))
                .jurisdiction(unit.getCounty()).build());
        return unit;
    }

    private CarrierRepository.UnitTotals totals(Carrier carrier) {
        return carriers.totals(List.of(carrier.getId())).getOrDefault(carrier.getId(),
                CarrierRepository.UnitTotals.NONE);
    }

    private void refuseTakenRoom(long carrierId, UnitSpec spec, Long exceptId) {
        if (carriers.roomTaken(carrierId, spec.building(), spec.roomCode(), exceptId)) {
            throw roomTaken(spec);
        }
    }

    private static ConflictException roomTaken(UnitSpec spec) {
        return new ConflictException("incubator.unit.roomTaken", "roomCode", spec.building(), spec.roomCode());
    }

    private static UnitSpec spec(UnitDraft draft) {
        if (draft.floor() == null) {
            throw new RuleViolationException("field.required", "floor");
        }
        if (draft.area() == null) {
            throw new RuleViolationException("field.required", "area");
        }
        return new UnitSpec(draft.building(), draft.floor(), draft.roomCode(), draft.kind(),
                Area.of(draft.area(), "area"), draft.listRent(), draft.status() == null ? UnitStatus.IN_SERVICE
                : draft.status());
    }

    private CarrierProfile profile(CarrierDraft draft) {
        Long countyId = draft.countyId() != null ? draft.countyId() : guard.countyScope();
        if (countyId == null) {
            throw new RuleViolationException("field.required", "countyId");
        }
        Jurisdiction county = jurisdictions.find(countyId)
                .filter(j -> j.getLevel() == JurisdictionLevel.COUNTY)
                .orElseThrow(() -> new RuleViolationException("incubator.carrier.countyUnknown", "countyId", countyId));
        guard.requireWithin(RECORD, null, county, "countyId");
        return new CarrierProfile(county, draft.name(), draft.kind(), draft.recognitionLevel(), draft.recognizedOn(),
                draft.operator(), draft.openedOn(), draft.address());
    }
}
