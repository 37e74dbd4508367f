package cn.kejiju.workbench.enterprise;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.platform.Fetch;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.Pinyin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Enterprises in JPA: the filter becomes a WHERE clause, sort and page become ORDER BY / OFFSET / LIMIT. */
@ApplicationScoped
public class JpaEnterpriseRepository implements EnterpriseRepository {

    /** What every reader of an enterprise shows with it. */
    private static final String[] JURISDICTIONS = {"county", "township"};

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public Optional<Enterprise> find(long id) {
        return Fetch.joined(em.createQuery("select e from Enterprise e where e.id = :id", Enterprise.class), JURISDICTIONS)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<Enterprise> findByCreditCode(CreditCode code) {
        return Fetch.joined(em.createNamedQuery("Enterprise.byCreditCode", Enterprise.class), "county", "township")
                .setParameter("code", code.value())
                .getResultStream().findFirst();
    }

    @Override
    public Page<Enterprise> page(EnterpriseFilter filter, Long countyScope, PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Enterprise> query = cb.createQuery(Enterprise.class);
        Root<Enterprise> enterprise = query.from(Enterprise.class);
        Join<Enterprise, Jurisdiction> township = enterprise.join("township");
        query.select(enterprise).where(where(cb, enterprise, filter, countyScope));
        Expression<?> sortBy = switch (EnterpriseSort.fromKey(request.sort())) {
            case NAME -> enterprise.get("name");
            case CREDIT_CODE -> enterprise.get("creditCode").get("value");
            case KIND -> enterprise.get("kind");
            case INDUSTRY -> enterprise.get("industry");
            case TOWNSHIP -> township.get("code");
            case UPDATED_AT -> enterprise.get("updatedAt");
        };
        Order primary = request.ascending() ? cb.asc(sortBy) : cb.desc(sortBy);
        query.orderBy(primary, cb.asc(enterprise.get("id")));
        List<Enterprise> items = Fetch.joined(em.createQuery(query), JURISDICTIONS)
                .setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        long total = items.size() < request.size() && (request.page() == 0 || !items.isEmpty())
                ? (long) request.offset() + items.size()
                : count(filter, countyScope);
        return new Page<>(items, total, request.page(), request.size());
    }

    @Override
    public long count(EnterpriseFilter filter, Long countyScope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Enterprise> enterprise = query.from(Enterprise.class);
        query.select(cb.count(enterprise)).where(where(cb, enterprise, filter, countyScope));
        return em.createQuery(query).getSingleResult();
    }

    private Predicate[] where(CriteriaBuilder cb, Root<Enterprise> enterprise, EnterpriseFilter filter, Long countyScope) {
        List<Predicate> predicates = new ArrayList<>();
        if (countyScope != null) {
            predicates.add(cb.equal(enterprise.get("county").get("id"), countyScope));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%" + escapeLike(filter.text().strip()) + "%";
            Predicate byName = cb.or(
                    cb.like(enterprise.get("name"), pattern, '\\'),
                    cb.like(enterprise.get("creditCode").get("value"), pattern.toUpperCase(Locale.ROOT), '\\'));
            // "jzlg" finds 江州蓝光电子: typed initials in order, each syllable's wherever it falls
            predicates.add(Pinyin.canBeInitials(filter.text())
                    ? cb.or(byName, cb.like(enterprise.get("initials"),
                            Pinyin.likePattern(filter.text())))
                    : byName);
        }
        if (filter.kind() != null) {
            predicates.add(cb.equal(enterprise.get("kind"), filter.kind()));
        }
        if (filter.industry() != null && !filter.industry().isBlank()) {
            predicates.add(cb.like(enterprise.get("industry"), "%" + escapeLike(filter.industry().strip()) + "%", '\\'));
        }
        if (filter.jurisdictionId() != null) {
            predicates.add(cb.or(
                    cb.equal(enterprise.get("county").get("id"), filter.jurisdictionId()),
                    cb.equal(enterprise.get("township").get("id"), filter.jurisdictionId())));
        }
        if (filter.highTech() != null) {
            LocalDate today = LocalDate.now(clock);
            Predicate valid = cb.greaterThanOrEqualTo(enterprise.get("highTech").get("validUntil"), today);
            predicates.add(filter.highTech() ? valid : cb.or(
                    cb.isNull(enterprise.get("highTech").get("validUntil")), cb.not(valid)));
        }
        if (filter.sme() != null) {
            Expression<Object> year = enterprise.get("smeRegisteredYear");
            predicates.add(filter.sme() ? cb.isNotNull(year) : cb.isNull(year));
        }
        return predicates.toArray(Predicate[]::new);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public Enterprise add(Enterprise enterprise) {
        em.persist(enterprise);
        return enterprise;
    }

    @Override
    public void remove(Enterprise enterprise) {
        em.remove(enterprise);
    }

    @Override
    public long countInJurisdiction(long jurisdictionId) {
        return em.createNamedQuery("Enterprise.countInJurisdiction", Long.class)
                .setParameter("id", jurisdictionId).getSingleResult();
    }

    @Override
    public List<Enterprise> withoutInitials(int max) {
        return em.createQuery("select e from Enterprise e where e.initials is null order by e.id", Enterprise.class)
                .setMaxResults(max).getResultList();
    }
}
