package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.jurisdiction.JurisdictionRepository;
import cn.kejiju.workbench.platform.Persistence;
import cn.kejiju.workbench.security.CountyGuard;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.Fields;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The counties' stocks of publicity material. Every change reads the stock row of the county and kind
 * under a row lock ({@code select … for update}), asks the stock whether it may change, and writes the
 * stock and its movement in the same transaction: two issues of the last copies wait for each other and
 * the second sees what the first left, so neither the stock nor a refusal is ever computed from a stale
 * count. The table's check constraints ({@code on_hand >= 0}, {@code lent >= 0}) hold the same rule.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class MaterialService {

    static final String RECORD = "MaterialStock";

    /** A receipt, issue, loan or return as the audit trail keeps it. */
    public record Movement(String county, MaterialKind kind, MovementType type, int quantity, Long eventId, LocalDate on,
                    String note, long onHandAfter, long lentAfter) {
    }

    @Inject
    PreparednessRollup rollup;

    @Inject
    PreparednessRepository repository;

    @Inject
    PublicityEventService events;

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

    /** The stocks of the county (or of the caller's counties), by county and kind. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<MaterialStock> stocks(Long countyId) {
        return repository.stocks(guard.countyFilter(countyId, "countyId"), guard.countyScope());
    }

    /** What moved between the stock and the event, in the order recorded. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<MaterialMovement> movements(long eventId) {
        return repository.movements(events.get(eventId).getId());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Copies received into the county's stock (from whom, in the note), on a day not in the future. */
    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    public MaterialStock receive(Long countyId, MaterialKind kind, int quantity, LocalDate on, String note) {
        Jurisdiction county = county(countyId);
        Fields.present(kind, "kind");
        LocalDate day = on == null ? today() : on;
        if (day.isAfter(today())) {
            throw new RuleViolationException("preparedness.stock.receivedInFuture", "receivedOn");
        }
        MaterialStock stock = lock(county.getId(), kind);
        if (stock == null) {
            stock = repository.add(new MaterialStock(county, kind));
        }
        stock.receive(quantity);
        MaterialMovement movement = repository.add(MaterialMovement.receipt(stock, quantity, day, note,
                guard.callerName(), LocalDateTime.now(clock)));
        return finish(stock, movement);
    }

    /** Copies of a consumable kind issued to an event; more than in store is refused with what is there. */
    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    public MaterialStock issue(long eventId, @NotNull MaterialKind kind, int quantity, String note) {
        return forEvent(eventId, kind, quantity, note, MovementType.ISSUE);
    }

    /** Reusable items (display boards, banners) lent to an event; more than in store is refused. */
    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    public MaterialStock lend(long eventId, @NotNull MaterialKind kind, int quantity, String note) {
        return forEvent(eventId, kind, quantity, note, MovementType.LOAN);
    }

    /** Lent items back from an event; more than the event holds is refused with what it holds. */
    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    public MaterialStock giveBack(long eventId, @NotNull MaterialKind kind, int quantity, String note) {
        return forEvent(eventId, kind, quantity, note, MovementType.RETURN);
    }

    private MaterialStock forEvent(long eventId, MaterialKind kind, int quantity, String note, MovementType type) {
        PublicityEvent event = events.get(eventId);
        guard.requireWithin(PublicityEventService.RECORD, eventId, event.getCounty(), null);
        Fields.present(kind, "kind");
        MaterialStock stock = lock(event.getCounty().getId(), kind);
        if (stock == null) {
            stock = new MaterialStock(event.getCounty(), kind);
            // nothing ever received: refused like any stock too small, without writing a row
            move(stock, type, quantity, 0);
            throw new IllegalStateException("an empty stock gave " + quantity);
        }
        long outstanding = type == MovementType.RETURN ? repository.outstanding(eventId, kind) : 0;
        move(stock, type, quantity, outstanding);
        LocalDate day = type == MovementType.RETURN ? today() : event.getHeldAt().toLocalDate();
        MaterialMovement movement = repository.add(MaterialMovement.forEvent(stock, type, quantity, event, day, note,
                guard.callerName(), LocalDateTime.now(clock)));
        MaterialStock changed = finish(stock, movement);
        rollup.issued(event, movement);
        return changed;
    }

    private static void move(MaterialStock stock, MovementType type, int quantity, long outstanding) {
        switch (type) {
            case ISSUE -> stock.issue(quantity);
            case LOAN -> stock.lend(quantity);
            case RETURN -> stock.takeBack(quantity, outstanding);
            default -> throw new IllegalArgumentException(type.name());
        }
    }

    private MaterialStock finish(MaterialStock stock, MaterialMovement movement) {
        persistence.flush(RECORD, stock.getId(), ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.created("MaterialMovement", movement.getId(), new Movement(
                        stock.getCounty().getName(), stock.getKind(), movement.getType(), movement.getQuantity(),
                        movement.getEvent() == null ? null : movement.getEvent().getId(), movement.getMovedOn(),
                        movement.getNote(), stock.getOnHand(), stock.getLent()))
                .jurisdiction(stock.getCounty()).build());
        return stock;
    }

    private MaterialStock lock(long countyId, MaterialKind kind) {
        try {
            return repository.lockStock(countyId, kind).orElse(null);
        } catch (PessimisticLockException | LockTimeoutException e) {
            throw new ConflictException("preparedness.stock.busy", "quantity");
        }
    }

    private Jurisdiction county(Long countyId) {
        Long id = countyId != null ? countyId : guard.countyScope();
        if (id == null) {
            throw new RuleViolationException("field.required", "countyId");
        }
        Jurisdiction county = jurisdictions.find(id).filter(j -> j.getLevel() == JurisdictionLevel.COUNTY)
                .orElseThrow(() -> new RuleViolationException("preparedness.campaign.countyUnknown", "countyId", id));
        guard.requireWithin(RECORD, null, county, "countyId");
        return county;
    }
}
