package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionRepository;
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
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The 三网一员 register: the preparedness clerk appoints the township assistants and the villages' reporters
 * and ends their posts; one current holder per post and place (the service refuses a second with 409, and the
 * database's unique key holds it against two at the same moment). Open posts are the register's gaps, on a
 * page and on the to-do list. Phones are never written to the audit trail.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class RegisterService {

    static final String RECORD = "RegisterHolder";

    @Inject
    RegisterRepository repository;

    @Inject
    JurisdictionRepository jurisdictions;

    @Inject
    CountyGuard guard;

    @Inject
    Persistence persistence;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Event<RegisterChanged> changed;

    @Inject
    Clock clock;

    /** Fired after a post is filled or opened, so the to-do list follows. */
    public record RegisterChanged(long countyId) {
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<RegisterHolder> holders(Long countyId, boolean withEnded, @NotNull PageRequest page) {
        return repository.holders(guard.countyFilter(countyId, "countyId"), guard.countyScope(), withEnded, page);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public RegisterHolder get(long id) {
        RegisterHolder holder = repository.getHolder(id);
        return guard.visible(RECORD, id, holder, holder.getCounty());
    }

    /** The open posts of the county (or of every county the caller sees), in the order of the places. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RegisterGap> gaps(Long countyId) {
        return repository.gaps(guard.countyFilter(countyId, "countyId"), guard.countyScope());
    }

    /** The places of the county (or of every county the caller sees) that have posts: townships and villages. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Jurisdiction> places(Long countyId) {
        return repository.places(guard.countyFilter(countyId, "countyId"), guard.countyScope());
    }

    /** Posts held now of the posts required within a jurisdiction the caller sees (statistics, assessment). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public RegisterCompleteness completeness(long jurisdictionId) {
        Jurisdiction within = jurisdictions.get(jurisdictionId);
        guard.visible("Jurisdiction", jurisdictionId, within, within.county());
        return repository.completeness(within);
    }

    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    public RegisterHolder appoint(RegisterPost post, Long placeId, String name, String phone, LocalDate since) {
        if (placeId == null) {
            throw new RuleViolationException("field.required", "placeId");
        }
        Jurisdiction place = jurisdictions.find(placeId)
                .orElseThrow(() -> new RuleViolationException("preparedness.register.placeLevel", "placeId"));
        guard.requireWithin(RECORD, null, place.county(), "placeId");
        RegisterHolder holder = RegisterHolder.appoint(post, place,
                post == null ? Optional.empty() : repository.current(post, placeId),
                name, phone, since == null ? LocalDate.now(clock) : since, clock);
        repository.add(holder);
        persistence.flush(RECORD, null, () -> new ConflictException("preparedness.register.postTakenNow", "placeId",
                place.getName()));
        auditTrail.record(AuditEvent.of(AuditAction.CREATE).record(RECORD, holder.getId())
                .jurisdiction(holder.getCounty())
                .detail(holder.getPost() + " " + place.getName() + ", " + holder.getName() + " since "
                        + holder.getSince()).build());
        changed.fire(new RegisterChanged(holder.getCounty().getId()));
        return repository.getHolder(holder.getId());
    }

    /** Corrects the name, phone or (when given) the since-date of a current holder. */
    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    public RegisterHolder revise(long id, @NotNull Long expectedVersion, String name, String phone, LocalDate since) {
        RegisterHolder holder = get(id);
        persistence.checkVersion(RECORD, id, expectedVersion, holder.getVersion());
        guard.requireWithin(RECORD, id, holder.getCounty(), null);
        holder.revise(name, phone, since, clock);
        persistence.flush(RECORD, id, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE).record(RECORD, id).jurisdiction(holder.getCounty())
                .detail(holder.getPost() + " " + holder.getPlace().getName() + ", " + holder.getName()).build());
        return holder;
    }

    /** The holder leaves the post on the day: the post is open (a gap) until someone is appointed. */
    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    public RegisterHolder end(long id, @NotNull Long expectedVersion, LocalDate on) {
        RegisterHolder holder = get(id);
        persistence.checkVersion(RECORD, id, expectedVersion, holder.getVersion());
        guard.requireWithin(RECORD, id, holder.getCounty(), null);
        holder.end(on == null ? LocalDate.now(clock) : on, clock);
        persistence.flush(RECORD, id, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE).record(RECORD, id).jurisdiction(holder.getCounty())
                .detail(holder.getPost() + " " + holder.getPlace().getName() + ", " + holder.getName() + " ended "
                        + holder.getEndedOn()).build());
        changed.fire(new RegisterChanged(holder.getCounty().getId()));
        return holder;
    }
}
