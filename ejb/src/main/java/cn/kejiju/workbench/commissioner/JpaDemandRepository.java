package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.platform.Fetch;
import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Demands in JPA, newest first. */
@ApplicationScoped
public class JpaDemandRepository implements DemandRepository {

    /** What a reader of a demand shows with it: county, the target and the assignment that answered it. */
    private static final String[] SHOWN = {"county", "assignment", "target.village", "target.organisation"};

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Override
    public Optional<Demand> find(long id) {
        return Fetch.joined(em.createQuery("select d from Demand d where d.id = :id", Demand.class), SHOWN)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Page<Demand> page(DemandFilter filter, Long countyScope, PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Demand> query = cb.createQuery(Demand.class);
        Root<Demand> demand = query.from(Demand.class);
        query.select(demand).where(where(cb, query, demand, filter, countyScope));
        PageRequest newestFirst = new PageRequest(request.page(), request.size(), null, false);
        return Queries.page(em, query, demand, new Queries.SortKey<>("postedOn", demand.get("postedOn"), null), newestFirst, () -> {
            CriteriaQuery<Long> count = cb.createQuery(Long.class);
            Root<Demand> counted = count.from(Demand.class);
            count.select(cb.count(counted)).where(where(cb, count, counted, filter, countyScope));
            return em.createQuery(count).getSingleResult();
        }, page -> Fetch.joined(page, SHOWN));
    }

    private Predicate[] where(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Demand> demand, DemandFilter filter,
                              Long countyScope) {
        List<Predicate> predicates = new ArrayList<>();
        if (countyScope != null) {
            predicates.add(cb.equal(demand.get("county").get("id"), countyScope));
        }
        if (filter.countyId() != null) {
            predicates.add(cb.equal(demand.get("county").get("id"), filter.countyId()));
        }
        if (filter.status() != null) {
            predicates.add(cb.equal(demand.get("status"), filter.status()));
        }
        if (filter.field() != null) {
            predicates.add(cb.equal(demand.get("field"), filter.field()));
        }
        Path<ServiceTarget> target = demand.get("target");
        if (filter.targetKind() != null) {
            predicates.add(cb.equal(target.get("kind"), filter.targetKind()));
        }
        if (Queries.hasText(filter.text())) {
            String pattern = Queries.likePattern(filter.text());
            Subquery<Long> villages = query.subquery(Long.class);
            Root<Jurisdiction> village = villages.from(Jurisdiction.class);
            villages.select(village.get("id")).where(cb.like(village.get("name"), pattern, '\\'));
            Subquery<Long> organisations = query.subquery(Long.class);
            Root<Enterprise> organisation = organisations.from(Enterprise.class);
            organisations.select(organisation.get("id")).where(cb.like(organisation.get("name"), pattern, '\\'));
            predicates.add(cb.or(cb.like(demand.get("problem"), pattern, '\\'),
                    target.get("village").get("id").in(villages),
                    target.get("organisation").get("id").in(organisations)));
        }
        return predicates.toArray(Predicate[]::new);
    }

    @Override
    public Demand add(Demand demand) {
        em.persist(demand);
        return demand;
    }
}
