package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.platform.Fetch;
import cn.kejiju.workbench.platform.ListTotals;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.ResidentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Commissioners in JPA: the filter becomes a WHERE clause, sort and page become ORDER BY / OFFSET / LIMIT. */
@ApplicationScoped
public class JpaCommissionerRepository implements CommissionerRepository {

    /** What a reader of a commissioner shows with it (lists, the assessment, the choice of a commissioner). */
    private static final String[] SHOWN = {"county", "employer"};

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Inject
    ListTotals totals;

    @Override
    public Optional<Commissioner> find(long id) {
        return Fetch.batched(Fetch.joined(em.createQuery("select c from Commissioner c where c.id = :id", Commissioner.class),
                        "county", "employer", "specialties"), "members")
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Commissioner lock(long id) {
        Commissioner commissioner = em.find(Commissioner.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (commissioner == null) {
            throw new cn.kejiju.workbench.shared.NotFoundException("Commissioner", id);
        }
        return commissioner;
    }

    @Override
    public Optional<Commissioner> findByResidentId(ResidentId residentId) {
        return Fetch.joined(em.createQuery("select c from Commissioner c where c.residentId.value = :number",
                        Commissioner.class), "county", "employer")
                .setParameter("number", residentId.value())
                .getResultStream().findFirst();
    }

    @Override
    public Page<Commissioner> page(CommissionerFilter filter, Long countyScope, PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Commissioner> query = cb.createQuery(Commissioner.class);
        Root<Commissioner> commissioner = query.from(Commissioner.class);
        query.select(commissioner).where(where(cb, query, commissioner, filter, countyScope));
        String key = ListSort.check(request.sort(), SORT_KEYS, "name");
        Expression<?> sortBy = commissioner.get(key);
        return Queries.page(em, query, commissioner, new Queries.SortKey<>(key, sortBy, null), request,
                () -> totals.total(Commissioner.class, filter, countyScope, () -> count(filter, countyScope)),
                page -> Fetch.batched(Fetch.joined(page, SHOWN), "specialties", "members"));
    }

    @Override
    public long count(CommissionerFilter filter, Long countyScope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Commissioner> commissioner = query.from(Commissioner.class);
        query.select(cb.count(commissioner)).where(where(cb, query, commissioner, filter, countyScope));
        return em.createQuery(query).getSingleResult();
    }

    private Predicate[] where(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Commissioner> commissioner,
                              CommissionerFilter filter, Long countyScope) {
        List<Predicate> predicates = new ArrayList<>();
        if (countyScope != null) {
            predicates.add(cb.equal(commissioner.get("county").get("id"), countyScope));
        }
        if (filter.countyId() != null) {
            predicates.add(cb.equal(commissioner.get("county").get("id"), filter.countyId()));
        }
        if (Queries.hasText(filter.text())) {
            String pattern = Queries.likePattern(filter.text());
            Subquery<Long> specialty = query.subquery(Long.class);
            Root<Commissioner> same = specialty.from(Commissioner.class);
            Expression<String> entry = same.join("specialties");
            specialty.select(same.get("id")).where(cb.equal(same, commissioner), cb.like(entry, pattern, '\\'));
            predicates.add(cb.or(
                    cb.like(commissioner.get("name"), pattern, '\\'),
                    cb.like(commissioner.get("employerName"), pattern, '\\'),
                    cb.exists(specialty)));
        }
        if (filter.field() != null) {
            predicates.add(cb.equal(commissioner.get("field"), filter.field()));
        }
        if (filter.kind() != null) {
            predicates.add(cb.equal(commissioner.get("kind"), filter.kind()));
        }
        if (filter.dispatchLevel() != null) {
            predicates.add(cb.equal(commissioner.get("dispatchLevel"), filter.dispatchLevel()));
        }
        if (filter.status() != null) {
            predicates.add(cb.equal(commissioner.get("status"), filter.status()));
        }
        if (filter.servingTo() != null) {
            predicates.add(cb.lessThanOrEqualTo(commissioner.get("postedOn"), filter.servingTo()));
        }
        if (filter.servingFrom() != null) {
            predicates.add(cb.or(cb.isNull(commissioner.get("endedOn")),
                    cb.greaterThanOrEqualTo(commissioner.get("endedOn"), filter.servingFrom())));
        }
        if (filter.postedFrom() != null) {
            predicates.add(cb.greaterThanOrEqualTo(commissioner.get("postedOn"), filter.postedFrom()));
        }
        return predicates.toArray(Predicate[]::new);
    }

    @Override
    public List<Commissioner> activeInCounty(long countyId) {
        return Fetch.joined(em.createQuery("select c from Commissioner c where c.county.id = :county and c.status = :active"
                        + " order by c.name, c.id", Commissioner.class), SHOWN)
                .setParameter("county", countyId)
                .setParameter("active", CommissionerStatus.ACTIVE)
                .getResultList();
    }

    @Override
    public Map<Long, Long> activeLoad(Collection<Long> commissionerIds, LocalDate day) {
        Map<Long, Long> load = new HashMap<>();
        if (commissionerIds.isEmpty()) {
            return load;
        }
        List<Object[]> rows = em.createQuery("select a.commissioner.id, count(a) from Assignment a"
                        + " where a.commissioner.id in :ids and a.status = :active and a.endDate >= :day"
                        + " group by a.commissioner.id", Object[].class)
                .setParameter("ids", commissionerIds)
                .setParameter("active", AssignmentStatus.ACTIVE)
                .setParameter("day", day)
                .getResultList();
        for (Object[] row : rows) {
            load.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return load;
    }

    @Override
    public List<Commissioner> servingDuring(Long countyScope, LocalDate from, LocalDate to) {
        var query = Fetch.joined(em.createQuery("select c from Commissioner c where c.postedOn <= :to"
                        + " and (c.endedOn is null or c.endedOn >= :from)"
                        + (countyScope == null ? "" : " and c.county.id = :county")
                        + " order by c.name, c.id", Commissioner.class), SHOWN)
                .setParameter("from", from)
                .setParameter("to", to);
        if (countyScope != null) {
            query.setParameter("county", countyScope);
        }
        return query.getResultList();
    }

    @Override
    public Commissioner add(Commissioner commissioner) {
        em.persist(commissioner);
        return commissioner;
    }

    @Override
    public CommissionerSettings settings() {
        CommissionerSettings settings = em.find(CommissionerSettings.class, CommissionerSettings.ID);
        if (settings == null) {
            settings = CommissionerSettings.defaults();
            em.persist(settings);
        }
        return settings;
    }
}
