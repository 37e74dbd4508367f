package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.platform.Persistence;
import cn.kejiju.workbench.security.CountyGuard;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
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

/**
 * Demands (需求) of villages, cooperatives and enterprises, matched to commissioners: the candidates
 * are the county's active commissioners ranked by free capacity, matching field and specialty, and
 * current load; dispatching one opens an assignment under the usual rules.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class DemandService {

    static final String RECORD = "Demand";

    @Inject
    DemandRepository demands;

    @Inject
    CommissionerRepository commissioners;

    @Inject
    AssignmentService assignmentService;

    @Inject
    TargetResolver targets;

    @Inject
    CountyGuard guard;

    @Inject
    Persistence persistence;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<Demand> list(@NotNull DemandFilter filter, @NotNull PageRequest page) {
        guard.countyFilter(filter.countyId(), "county");
        return demands.page(filter, guard.countyScope(), page);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Demand get(long id) {
        Demand demand = demands.get(id);
        return guard.visible(RECORD, id, demand, demand.getCounty());
    }

    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public Demand post(@NotNull DemandDraft draft) {
        ServiceTarget target = targets.resolve(draft.targetKind(), draft.targetId());
        Demand demand = demands.add(new Demand(target, draft.field(), draft.problem(),
                draft.postedOn() == null ? LocalDate.now(clock) : draft.postedOn(), clock));
        persistence.flush(RECORD, null, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.created(RECORD, demand.getId(), DemandDraft.of(demand))
                .jurisdiction(demand.getCounty()).build());
        return demand;
    }

    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public Demand withdraw(long id, @NotNull Long expectedVersion) {
        Demand demand = get(id);
        persistence.checkVersion(RECORD, id, expectedVersion, demand.getVersion());
        demand.withdraw(clock);
        persistence.flush(RECORD, id, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE).record(RECORD, id).jurisdiction(demand.getCounty())
                .detail("withdrawn").build());
        return demand;
    }

    /** The county's active commissioners, best match first. */
    public List<Candidate> candidates(long demandId) {
        Demand demand = get(demandId);
        List<Commissioner> active = commissioners.activeInCounty(demand.getCounty().getId());
        Map<Long, Long> load = commissioners.activeLoad(active.stream().map(Commissioner::getId).toList(),
                LocalDate.now(clock));
        int max = commissioners.settings().getMaxActiveAssignments();
        return active.stream()
                .map(c -> new Candidate(c, c.getField() == demand.getField(),
                        c.hasSpecialtyMatching(demand.getProblem()), load.getOrDefault(c.getId(), 0L), max))
                .sorted(Candidate.RANKING)
                .toList();
    }

    /** Dispatches a commissioner: opens the assignment for the demand's target and closes the demand. */
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public Assignment dispatch(long demandId, @NotNull Long expectedVersion, long commissionerId, LocalDate start,
                               LocalDate end, String goals) {
        Demand demand = get(demandId);
        persistence.checkVersion(RECORD, demandId, expectedVersion, demand.getVersion());
        Assignment assignment = assignmentService.openWithoutAudit(new AssignmentDraft(commissionerId,
                demand.getTarget().getKind(), demand.getTarget().getId(), start, end, goals));
        demand.dispatch(assignment, clock);
        persistence.flush(RECORD, demandId, ConflictException::concurrentChange);
        auditTrail.record(
                AuditEvent.created(AssignmentService.RECORD, assignment.getId(), AssignmentDraft.of(assignment))
                        .jurisdiction(assignment.getCounty()).detail("for demand " + demandId).build());
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE).record(RECORD, demandId).jurisdiction(demand.getCounty())
                .detail("dispatched assignment " + assignment.getId()).build());
        return assignment;
    }
}
