package cn.kejiju.workbench.review;

import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.platform.Fetch;
import cn.kejiju.workbench.security.Role;
import cn.kejiju.workbench.shared.Cursor;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reviews, assignments and criteria sets in JPA. */
@ApplicationScoped
public class JpaReviewRepository implements ReviewRepository {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Override
    public Optional<Review> find(long id) {
        if (em.isJoinedToTransaction()) {
            return Optional.ofNullable(em.find(Review.class, id));
        }
        return reading(em.createQuery("select r from Review r where r.id = :id", Review.class).setParameter("id", id));
    }

    /**
     * The review a query answers with its assignments and their scores in one statement (a review has a few
     * reviewers and a few criteria), all loaded before it is returned (the caller reads it after the persistence
     * context closed); its criteria set comes from the shared cache.
     */
    private static Optional<Review> reading(TypedQuery<Review> query) {
        Fetch.joined(query, "county", "assignments", "assignments.scores");
        Optional<Review> found = query.getResultList().stream().findFirst();
        found.ifPresent(r -> r.getAssignments().forEach(ReviewAssignment::getScores));
        return found;
    }

    @Override
    public Review get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Review", id));
    }

    @Override
    public Optional<Review> ofSubject(String subjectKind, long subjectId) {
        TypedQuery<Review> query = em.createQuery("select r from Review r where r.subjectKind = :kind "
                + "and r.subjectId = :id", Review.class).setParameter("kind", subjectKind).setParameter("id", subjectId);
        return em.isJoinedToTransaction() ? query.getResultList().stream().findFirst() : reading(query);
    }

    @Override
    public Review add(Review review) {
        em.persist(review);
        return review;
    }

    @Override
    public void lock(Review review) {
        em.lock(review, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public Optional<ReviewAssignment> findAssignment(long id) {
        if (em.isJoinedToTransaction()) {
            return Optional.ofNullable(em.find(ReviewAssignment.class, id));
        }
        TypedQuery<ReviewAssignment> query = em.createQuery("select a from ReviewAssignment a where a.id = :id",
                ReviewAssignment.class).setParameter("id", id);
        Fetch.joined(query, "review", "review.county", "scores");
        return query.getResultList().stream().findFirst();
    }

    @Override
    public Page<ReviewAssignment> assignmentsOf(String username, AssignmentStatus status, PageRequest page) {
        String where = "a.reviewerUsername = :username" + (status == null ? "" : " and a.status = :status");
        Cursor after = page.after() == null ? null : page.after().requireFor("id", false);
        TypedQuery<ReviewAssignment> query = em.createQuery("select a from ReviewAssignment a where " + where
                + (after == null ? "" : " and a.id < :after") + " order by a.id desc", ReviewAssignment.class)
                .setParameter("username", username);
        TypedQuery<Long> count = em.createQuery("select count(a) from ReviewAssignment a where " + where, Long.class)
                .setParameter("username", username);
        if (status != null) {
            query.setParameter("status", status);
            count.setParameter("status", status);
        }
        if (after != null) {
            query.setParameter("after", after.id());
        }
        Fetch.joined(query, "review", "review.county");
        Fetch.batched(query, "scores");
        List<ReviewAssignment> items = query.setFirstResult(after == null ? page.offset() : 0)
                .setMaxResults(page.size()).getResultList();
        String next = items.size() == page.size()
                ? Cursor.after("id", false, items.get(items.size() - 1).getId(), items.get(items.size() - 1).getId()).encode()
                : null;
        return new Page<>(items, count.getSingleResult(), page.page(), page.size(), next);
    }

    @Override
    public Map<Long, BigDecimal> averagesOfBatch(String batch) {
        List<Object[]> rows = em.createQuery("select r.id, sum(a.total), count(a) from ReviewAssignment a join a.review r "
                        + "where r.batch = :batch and a.status = :scored group by r.id", Object[].class)
                .setParameter("batch", batch).setParameter("scored", AssignmentStatus.SCORED).getResultList();
        Map<Long, BigDecimal> averages = new LinkedHashMap<>();
        for (Object[] row : rows) {
            averages.put((Long) row[0], Scores.average(new BigDecimal(row[1].toString()), ((Number) row[2]).longValue()));
        }
        return averages;
    }

    @Override
    public List<CriteriaSet> criteriaSets() {
        return em.createQuery("select s from CriteriaSet s order by s.id", CriteriaSet.class).getResultList();
    }

    @Override
    public Optional<CriteriaSet> criteriaSet(String code) {
        return em.createQuery("select s from CriteriaSet s where s.code = :code", CriteriaSet.class)
                .setParameter("code", code).getResultList().stream().findFirst();
    }

    @Override
    public CriteriaSet addCriteriaSet(CriteriaSet set) {
        em.persist(set);
        return set;
    }

    @Override
    public List<Reviewer> reviewers(long countyId) {
        return em.createQuery("select new cn.kejiju.workbench.review.Reviewer(u.id, u.username, u.displayName) "
                        + "from UserAccount u join u.roles r where r = :role and u.enabled = true "
                        + "and (u.jurisdiction.id = :county or u.jurisdiction.level = :city) order by u.displayName, u.id",
                        Reviewer.class)
                .setParameter("role", Role.REVIEWER).setParameter("county", countyId)
                .setParameter("city", JurisdictionLevel.CITY).getResultList();
    }

    @Override
    public Optional<Reviewer> reviewer(long userId, long countyId) {
        return reviewers(countyId).stream().filter(r -> r.id() == userId).findFirst();
    }

    @Override
    public List<ReviewAssignment> pendingAssignments() {
        TypedQuery<ReviewAssignment> query = em.createQuery("select a from ReviewAssignment a where a.status = :pending"
                + " and a.review.closed = false order by a.id", ReviewAssignment.class)
                .setParameter("pending", AssignmentStatus.PENDING);
        return Fetch.joined(query, "review", "review.county").getResultList();
    }

    @Override
    public boolean isAssigned(String username, String subjectKind, long subjectId) {
        return !em.createQuery("select a.id from ReviewAssignment a where a.reviewerUsername = :username"
                        + " and a.review.subjectKind = :kind and a.review.subjectId = :subject", Long.class)
                .setParameter("username", username).setParameter("kind", subjectKind)
                .setParameter("subject", subjectId).setMaxResults(1).getResultList().isEmpty();
    }
}
