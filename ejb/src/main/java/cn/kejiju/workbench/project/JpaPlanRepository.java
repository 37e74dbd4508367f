package cn.kejiju.workbench.project;

import cn.kejiju.workbench.platform.Fetch;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The county plan's projects in JPA. The list is newest first (by id) with call, programme, applicant and county
 * joined: one query and the count. A record's story, milestones and objections are a statement each.
 */
@ApplicationScoped
public class JpaPlanRepository implements PlanRepository {

    private static final Set<PlanStatus> UNDER_CONTRACT = EnumSet.of(PlanStatus.CONTRACTED,
            PlanStatus.MID_TERM_CHECKED, PlanStatus.ACCEPTANCE_DEFERRED);

    private static final String[] TO_ONE = {"call", "call.programme", "call.programme.kind", "lead", "county"};

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Override
    public Optional<PlanProject> find(long id) {
        if (em.isJoinedToTransaction()) {
            return Optional.ofNullable(em.find(PlanProject.class, id));
        }
        TypedQuery<PlanProject> query = em.createQuery("select p from PlanProject p where p.id = :id",
                PlanProject.class);
        Fetch.joined(query, TO_ONE);
        return Fetch.forReading(em, query).setParameter("id", id).getResultList().stream().findFirst();
    }

    @Override
    public Page<PlanProject> page(PlanFilter filter, Long countyScope, LocalDate today, PageRequest request) {
        if (request.sort() != null && !"id".equals(request.sort())) {
            throw new RuleViolationException("page.sortUnknown", "sort", request.sort());
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(filter, countyScope, today, parameters);
        TypedQuery<PlanProject> query = em.createQuery("select p from PlanProject p where " + where
                + " order by p.id " + (request.ascending() ? "asc" : "desc"), PlanProject.class);
        parameters.forEach(query::setParameter);
        Fetch.joined(query, TO_ONE);
        List<PlanProject> items = Fetch.forReading(em, query).setFirstResult(request.offset())
                .setMaxResults(request.size()).getResultList();
        TypedQuery<Long> count = em.createQuery("select count(p) from PlanProject p where " + where, Long.class);
        parameters.forEach(count::setParameter);
        return new Page<>(items, count.getSingleResult(), request.page(), request.size(), null);
    }

    private static String where(PlanFilter filter, Long countyScope, LocalDate today, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder("1 = 1");
        Long county = countyScope != null ? countyScope : filter.countyId();
        if (county != null) {
            where.append(" and p.county.id = :county");
            parameters.put("county", county);
        }
        if (countyScope != null && filter.countyId() != null && !filter.countyId().equals(countyScope)) {
            where.append(" and 1 = 0");
        }
        if (filter.callId() != null) {
            where.append(" and p.call.id = :call");
            parameters.put("call", filter.callId());
        }
        if (filter.year() != null) {
            where.append(" and p.year = :year");
            parameters.put("year", filter.year());
        }
        if (filter.status() != null) {
            where.append(" and p.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.overdue()) {
            where.append(" and p.nextDue < :today and p.status in :contracted");
            parameters.put("today", today);
            parameters.put("contracted", UNDER_CONTRACT);
        }
        if (filter.establishedFrom() != null) {
            where.append(" and p.establishedOn >= :establishedFrom");
            parameters.put("establishedFrom", filter.establishedFrom());
        }
        if (filter.establishedTo() != null) {
            where.append(" and p.establishedOn <= :establishedTo");
            parameters.put("establishedTo", filter.establishedTo());
        }
        if (filter.paidFrom() != null || filter.paidTo() != null) {
            // a tranche (an event with an amount) paid within the days; the projects' ids only, not the events
            where.append(" and p.id in (select q.id from PlanProject q join q.events e where e.amount is not null");
            if (filter.paidFrom() != null) {
                where.append(" and e.happenedOn >= :paidFrom");
                parameters.put("paidFrom", filter.paidFrom());
            }
            if (filter.paidTo() != null) {
                where.append(" and e.happenedOn <= :paidTo");
                parameters.put("paidTo", filter.paidTo());
            }
            where.append(")");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (p.title like :text escape '\\' or p.lead.name like :text escape '\\')");
            parameters.put("text", "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        return where.toString();
    }

    @Override
    public List<PlanProject> reviewedOfCall(long callId, long countyId) {
        TypedQuery<PlanProject> query = em.createQuery("select p from PlanProject p where p.call.id = :call "
                + "and p.county.id = :county and p.reviewId is not null order by p.id", PlanProject.class);
        Fetch.joined(query, "lead");
        return Fetch.forReading(em, query).setParameter("call", callId).setParameter("county", countyId)
                .getResultList();
    }

    @Override
    public List<PlanEvent> eventsOf(long projectId) {
        return em.createQuery("select e from PlanProject p join p.events e where p.id = :id order by index(e)",
                PlanEvent.class).setParameter("id", projectId).getResultList();
    }

    @Override
    public List<PlanMilestone> milestonesOf(long projectId) {
        return withCollection(projectId, "milestones").map(p -> List.copyOf(p.getMilestones())).orElse(List.of());
    }

    @Override
    public List<PlanObjection> objectionsOf(long projectId) {
        return withCollection(projectId, "objections").map(p -> List.copyOf(p.getObjections())).orElse(List.of());
    }

    /**
     * The project with one collection of embeddables, in one statement: fetched with it for a reader outside a
     * transaction, loaded when touched inside one. Not a query over the embeddables themselves: EclipseLink unwoven
     * (WildFly) keeps such results under the embeddable's own descriptor, which is never initialised, and the next
     * transaction that changes the project fails to flush (EclipseLink-69; docs/portability.md).
     */
    private Optional<PlanProject> withCollection(long projectId, String collection) {
        TypedQuery<PlanProject> query = em.createQuery("select p from PlanProject p where p.id = :id",
                PlanProject.class);
        if (!em.isJoinedToTransaction()) {
            Fetch.joined(query, collection);
        }
        return Fetch.forReading(em, query).setParameter("id", projectId).getResultList().stream().findFirst();
    }

    @Override
    public PlanProject add(PlanProject project) {
        em.persist(project);
        return project;
    }

    @Override
    public ProgrammeCall lockCall(long callId) {
        ProgrammeCall call;
        try {
            call = em.find(ProgrammeCall.class, callId, LockModeType.PESSIMISTIC_WRITE);
        } catch (PessimisticLockException | LockTimeoutException e) {
            throw new ConflictException("project.plan.callBusy", null);
        }
        if (call == null) {
            throw new NotFoundException("ProgrammeCall", callId);
        }
        return call;
    }

    @Override
    public BigDecimal committed(long callId) {
        BigDecimal sum = em.createQuery("select sum(p.grant) from PlanProject p where p.call.id = :call "
                        + "and p.status in :holding", BigDecimal.class)
                .setParameter("call", callId).setParameter("holding", PlanStatus.holdingGrant()).getSingleResult();
        return sum == null ? BigDecimal.ZERO.setScale(2) : sum;
    }

    @Override
    public List<PlanProject> ofLead(long enterpriseId, Long countyScope, int max) {
        TypedQuery<PlanProject> query = em.createQuery("select p from PlanProject p where p.lead.id = :lead"
                + (countyScope == null ? "" : " and p.county.id = :county") + " order by p.id desc",
                PlanProject.class);
        query.setParameter("lead", enterpriseId);
        if (countyScope != null) {
            query.setParameter("county", countyScope);
        }
        Fetch.joined(query, TO_ONE);
        return Fetch.forReading(em, query).setMaxResults(max).getResultList();
    }

    @Override
    public LeadTotals totalsOfLead(long enterpriseId, Long countyScope) {
        TypedQuery<Object[]> query = em.createQuery("select count(p), sum(case when p.status = :withdrawn then 0 "
                + "else p.grant end), sum(p.paid) from PlanProject p where p.lead.id = :lead"
                + (countyScope == null ? "" : " and p.county.id = :county"), Object[].class);
        query.setParameter("lead", enterpriseId).setParameter("withdrawn", PlanStatus.WITHDRAWN);
        if (countyScope != null) {
            query.setParameter("county", countyScope);
        }
        Object[] row = query.getSingleResult();
        return new LeadTotals(((Number) row[0]).longValue(), money(row[1]), money(row[2]));
    }

    private static BigDecimal money(Object sum) {
        if (sum == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        return sum instanceof BigDecimal d ? d.setScale(2) : new BigDecimal(sum.toString()).setScale(2);
    }

    @Override
    public List<PlanProject> dueBy(LocalDate day) {
        TypedQuery<PlanProject> query = em.createQuery("select p from PlanProject p where p.nextDue <= :day "
                + "and p.status in :contracted order by p.nextDue, p.id", PlanProject.class);
        Fetch.joined(query, "lead", "county");
        return Fetch.forReading(em, query).setParameter("day", day).setParameter("contracted", UNDER_CONTRACT)
                .getResultList();
    }

    @Override
    public List<DueMilestone> milestonesDueBy(LocalDate day) {
        List<Object[]> rows = em.createQuery("select p.id, index(m), m.description, m.dueOn from PlanProject p "
                        + "join p.milestones m where m.dueOn <= :day and m.doneOn is null and p.status in :contracted "
                        + "order by p.id, index(m)", Object[].class)
                .setParameter("day", day).setParameter("contracted", UNDER_CONTRACT).getResultList();
        return rows.stream().map(r -> new DueMilestone(((Number) r[0]).longValue(), ((Number) r[1]).intValue(),
                (String) r[2], (LocalDate) r[3])).toList();
    }
}
