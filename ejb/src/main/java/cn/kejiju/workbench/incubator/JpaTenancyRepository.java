package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.platform.Fetch;
import cn.kejiju.workbench.platform.ListTotals;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.Cursor;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Agreements, incubatees and lettings in JPA. The agreement list runs newest start first and continues
 * after a cursor as a range on (start date, id); a letting locks its units' rows first.
 */
@ApplicationScoped
public class JpaTenancyRepository implements TenancyRepository {

    static final String START = "startDate";

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Inject
    ListTotals listTotals;

    /**
     * The agreement with its incubatee, enterprise, carrier and lettings in one statement, the lettings' units
     * in a second and its relief steps in a third, all loaded before it is returned (the caller may read it
     * after the persistence context closed).
     */
    @Override
    public Optional<Agreement> find(long id) {
        if (em.isJoinedToTransaction()) {
            return Optional.ofNullable(em.find(Agreement.class, id));
        }
        TypedQuery<Agreement> query = Fetch.forReading(em,
                em.createQuery("select a from Agreement a where a.id = :id", Agreement.class).setParameter("id", id));
        Fetch.joined(query, "county", "incubatee.enterprise", "incubatee.carrier", "lettings");
        Fetch.batched(query, "lettings.unit");
        // batched beside the joined lettings, EclipseLink answered the relief steps empty
        Fetch.loaded(query, "relief");
        return query.getResultList().stream().findFirst();
    }

    @Override
    public Page<Agreement> page(AgreementFilter filter, Long countyScope, PageRequest request) {
        if (request.sort() != null && !START.equals(request.sort())) {
            throw new RuleViolationException("page.sortUnknown", "sort", request.sort());
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Agreement> query = cb.createQuery(Agreement.class);
        Root<Agreement> agreement = query.from(Agreement.class);
        List<Predicate> where = where(cb, query, agreement, filter, countyScope);
        Path<LocalDate> key = agreement.get(START);
        Path<Long> id = agreement.get("id");
        if (request.after() != null) {
            Cursor after = request.after().requireFor(START, request.ascending());
            if (!(after.value() instanceof LocalDate day)) {
                throw new RuleViolationException("page.cursor", "after");
            }
            where.add(after.ascending()
                    ? cb.and(cb.greaterThanOrEqualTo(key, day), cb.or(cb.greaterThan(key, day), cb.greaterThan(id, after.id())))
                    : cb.and(cb.lessThanOrEqualTo(key, day), cb.or(cb.lessThan(key, day), cb.lessThan(id, after.id()))));
        }
        query.select(agreement).where(where.toArray(Predicate[]::new)).orderBy(
                request.ascending() ? cb.asc(key) : cb.desc(key), request.ascending() ? cb.asc(id) : cb.desc(id));
        TypedQuery<Agreement> typed = Fetch.forReading(em, em.createQuery(query));
        Fetch.joined(typed, "county", "incubatee.enterprise", "incubatee.carrier");
        Fetch.batched(typed, "lettings", "lettings.unit", "relief");
        List<Agreement> items = typed.setFirstResult(request.offset())
                .setMaxResults(request.size()).getResultList();
        long total = listTotals.total(Agreement.class, filter, countyScope, () -> count(filter, countyScope));
        String next = null;
        if (items.size() == request.size()) {
            Agreement last = items.get(items.size() - 1);
            next = Cursor.after(START, request.ascending(), last.getStartDate(), last.getId()).encode();
        }
        return new Page<>(items, total, request.page(), request.size(), next);
    }

    private long count(AgreementFilter filter, Long countyScope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Agreement> counted = count.from(Agreement.class);
        count.select(cb.count(counted)).where(where(cb, count, counted, filter, countyScope).toArray(Predicate[]::new));
        return em.createQuery(count).getSingleResult();
    }

    private static List<Predicate> where(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Agreement> agreement,
                                         AgreementFilter filter, Long countyScope) {
        List<Predicate> predicates = new ArrayList<>();
        if (countyScope != null) {
            predicates.add(cb.equal(agreement.get("county").get("id"), countyScope));
        }
        if (filter.countyId() != null) {
            predicates.add(cb.equal(agreement.get("county").get("id"), filter.countyId()));
        }
        if (filter.carrierId() != null) {
            predicates.add(cb.equal(agreement.get("incubatee").get("carrier").get("id"), filter.carrierId()));
        }
        if (filter.status() != null) {
            predicates.add(cb.equal(agreement.get("status"), filter.status()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            predicates.add(cb.like(agreement.get("incubatee").get("enterprise").get("name"), pattern, '\\'));
        }
        return predicates;
    }

    @Override
    public Carrier lockCarrier(long carrierId) {
        Carrier carrier;
        try {
            carrier = em.find(Carrier.class, carrierId, LockModeType.PESSIMISTIC_WRITE);
        } catch (PessimisticLockException | LockTimeoutException e) {
            throw new ConflictException("incubator.carrier.busy", null);
        }
        if (carrier == null) {
            throw new NotFoundException("Carrier", carrierId);
        }
        return carrier;
    }

    @Override
    public List<Unit> units(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select u from Unit u where u.id in :ids order by u.id", Unit.class)
                .setParameter("ids", unitIds).getResultList();
    }

    @Override
    public Optional<Letting> overlapping(Collection<Long> unitIds, LetPeriod period, Long exceptAgreementId) {
        return em.createQuery("select l from Letting l join fetch l.unit where l.unit.id in :ids "
                        + "and l.startDate <= :end and l.endDate >= :start and l.agreement.id <> :except "
                        + "order by l.startDate, l.id", Letting.class)
                .setParameter("ids", unitIds).setParameter("start", period.start()).setParameter("end", period.end())
                .setParameter("except", exceptAgreementId == null ? -1L : exceptAgreementId)
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    @Override
    public Optional<Incubatee> incubating(long carrierId, long enterpriseId) {
        return em.createQuery("select i from Incubatee i where i.carrier.id = :carrier and i.enterprise.id = :enterprise "
                        + "and i.exitedOn is null", Incubatee.class)
                .setParameter("carrier", carrierId).setParameter("enterprise", enterpriseId)
                .getResultList().stream().findFirst();
    }

    @Override
    public List<UnitTenancy> lettingsFrom(long carrierId, String building, LocalDate day) {
        TypedQuery<UnitTenancy> query = em.createQuery("select new cn.kejiju.workbench.incubator.UnitTenancy(u.id, a.id, "
                        + "e.name, l.startDate, l.endDate) from Letting l join l.unit u join l.agreement a join a.incubatee i "
                        + "join i.enterprise e where u.carrier.id = :carrier and l.endDate >= :day"
                        + (building == null ? "" : " and u.building = :building") + " order by l.startDate, l.id",
                UnitTenancy.class).setParameter("carrier", carrierId).setParameter("day", day);
        if (building != null) {
            query.setParameter("building", building);
        }
        return query.getResultList();
    }

    @Override
    public List<RunningIncubation> running() {
        return em.createQuery("select new cn.kejiju.workbench.incubator.RunningIncubation(i.id, a.id, a.county.id, "
                        + "e.name, e.industry, i.enteredOn) from Agreement a join a.incubatee i join i.enterprise e "
                        + "where a.status = :active and i.exitedOn is null order by i.id", RunningIncubation.class)
                .setParameter("active", AgreementStatus.ACTIVE).getResultList();
    }

    @Override
    public Incubatee addIncubatee(Incubatee incubatee) {
        em.persist(incubatee);
        return incubatee;
    }

    @Override
    public Agreement add(Agreement agreement) {
        em.persist(agreement);
        return agreement;
    }
}
