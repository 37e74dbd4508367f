package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.platform.Fetch;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.Pinyin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Innovations in JPA; a merge moves the introductions and the rollup rows with bulk statements. */
@ApplicationScoped
public class JpaInnovationRepository implements InnovationRepository {

    /** The rollup row of the duplicate for the same commissioner, month and county as the survivor's row. */
    private static final String SAME_ROW = "d.innovation_id = ? and d.commissioner_id = s.commissioner_id"
            + " and d.period_month = s.period_month and d.county_id = s.county_id";

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Override
    public Optional<Innovation> find(long id) {
        return Fetch.joined(em.createQuery("select i from Innovation i where i.id = :id", Innovation.class), "county")
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Innovation lock(long id) {
        Innovation innovation = em.find(Innovation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (innovation == null) {
            throw new NotFoundException("Innovation", id);
        }
        return innovation;
    }

    @Override
    public Page<Innovation> page(Long countyScope, InnovationFilter filter, PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Innovation> query = cb.createQuery(Innovation.class);
        Root<Innovation> innovation = query.from(Innovation.class);
        query.select(innovation).where(where(cb, query, innovation, countyScope, filter));
        return Queries.page(em, query, innovation,
                new Queries.SortKey<>("name", innovation.get("name"), Innovation::getName), request,
                () -> count(countyScope, filter), page -> Fetch.joined(page, "county"));
    }

    private long count(Long countyScope, InnovationFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Innovation> innovation = query.from(Innovation.class);
        query.select(cb.count(innovation)).where(where(cb, query, innovation, countyScope, filter));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] where(CriteriaBuilder cb, AbstractQuery<?> query, Root<Innovation> innovation,
                                     Long countyScope, InnovationFilter filter) {
        List<Predicate> predicates = new ArrayList<>();
        if (countyScope != null) {
            predicates.add(cb.equal(innovation.get("county").get("id"), countyScope));
        }
        if (filter.countyId() != null) {
            predicates.add(cb.equal(innovation.get("county").get("id"), filter.countyId()));
        }
        if (filter.kind() != null) {
            predicates.add(cb.equal(innovation.get("kind"), filter.kind()));
        }
        if (filter.introducedInPeriod()) {
            // introduced by an approved log of the item's county on a day of the period (as the statistics count)
            Subquery<Long> introduced = query.subquery(Long.class);
            Root<Introduction> introduction = introduced.from(Introduction.class);
            Join<Introduction, ServiceLog> log = introduction.join("log");
            List<Predicate> within = new ArrayList<>(List.of(cb.equal(introduction.get("innovation"), innovation),
                    cb.equal(log.get("status"), LogStatus.APPROVED),
                    cb.equal(log.get("county"), innovation.get("county"))));
            if (filter.introducedFrom() != null) {
                within.add(cb.greaterThanOrEqualTo(log.get("serviceDate"), filter.introducedFrom()));
            }
            if (filter.introducedTo() != null) {
                within.add(cb.lessThanOrEqualTo(log.get("serviceDate"), filter.introducedTo()));
            }
            predicates.add(cb.exists(introduced.select(introduction.get("id")).where(within.toArray(Predicate[]::new))));
        }
        String text = filter.text();
        if (Queries.hasText(text)) {
            Predicate byName = cb.like(innovation.get("name"), Queries.likePattern(text), '\\');
            predicates.add(Pinyin.canBeInitials(text)
                    ? cb.or(byName, cb.like(innovation.get("initials"),
                            JpaServiceLogRepository.initialsPattern(Pinyin.typedInitials(text))))
                    : byName);
        }
        return predicates.toArray(Predicate[]::new);
    }

    @Override
    public Map<Long, Long> introductionCounts(List<Long> innovationIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (innovationIds.isEmpty()) {
            return counts;
        }
        em.createQuery("select n.innovation.id, count(n) from Introduction n where n.innovation.id in :ids"
                        + " group by n.innovation.id", Object[].class)
                .setParameter("ids", innovationIds)
                .getResultList()
                .forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public List<Long> logsIntroducingBoth(long firstId, long secondId) {
        return em.createQuery("select a.log.id from Introduction a, Introduction b where a.log = b.log"
                        + " and a.innovation.id = :first and b.innovation.id = :second order by a.log.id", Long.class)
                .setParameter("first", firstId)
                .setParameter("second", secondId)
                .getResultList();
    }

    @Override
    public int merge(Innovation survivor, Innovation duplicate) {
        long kept = survivor.getId();
        long gone = duplicate.getId();
        em.flush();
        // the rollup: rows of the same commissioner, month and county add up; the others change item
        em.createNativeQuery("update log_innovation_month s"
                        + " set introductions = s.introductions"
                        + " + (select d.introductions from log_innovation_month d where " + SAME_ROW + "),"
                        + " adoption_income = case when s.adoption_income is null and (select d.adoption_income"
                        + " from log_innovation_month d where " + SAME_ROW + ") is null then null"
                        + " else coalesce(s.adoption_income, 0) + coalesce((select d.adoption_income"
                        + " from log_innovation_month d where " + SAME_ROW + "), 0) end"
                        + " where s.innovation_id = ? and exists (select 1 from log_innovation_month d where "
                        + SAME_ROW + ")")
                .setParameter(1, gone).setParameter(2, gone).setParameter(3, gone).setParameter(4, kept)
                .setParameter(5, gone)
                .executeUpdate();
        em.createNativeQuery("delete from log_innovation_month where innovation_id = ? and exists (select 1"
                        + " from log_innovation_month s where s.innovation_id = ?"
                        + " and s.commissioner_id = log_innovation_month.commissioner_id"
                        + " and s.period_month = log_innovation_month.period_month"
                        + " and s.county_id = log_innovation_month.county_id)")
                .setParameter(1, gone).setParameter(2, kept)
                .executeUpdate();
        em.createNativeQuery("update log_innovation_month set innovation_id = ? where innovation_id = ?")
                .setParameter(1, kept).setParameter(2, gone)
                .executeUpdate();
        int moved = em.createQuery("update Introduction n set n.innovation = :kept where n.innovation = :gone")
                .setParameter("kept", survivor).setParameter("gone", duplicate)
                .executeUpdate();
        em.remove(duplicate);
        em.flush();
        return moved;
    }

    @Override
    public List<Innovation> withoutInitials(int max) {
        return em.createQuery("select i from Innovation i where i.initials is null order by i.id", Innovation.class)
                .setMaxResults(max)
                .getResultList();
    }
}
