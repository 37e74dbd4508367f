package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.platform.Fetch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Assessments and satisfaction ratings in JPA. */
@ApplicationScoped
public class JpaAssessmentRepository implements AssessmentRepository {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Override
    public Optional<Assessment> find(long commissionerId, int year) {
        return em.createQuery("select a from Assessment a where a.commissioner.id = :id and a.year = :year",
                        Assessment.class)
                .setParameter("id", commissionerId)
                .setParameter("year", year)
                .getResultStream().findFirst();
    }

    @Override
    public Map<Long, Assessment> confirmed(Collection<Long> commissionerIds, int year) {
        Map<Long, Assessment> byCommissioner = new HashMap<>();
        if (commissionerIds.isEmpty()) {
            return byCommissioner;
        }
        em.createQuery("select a from Assessment a where a.commissioner.id in :ids and a.year = :year", Assessment.class)
                .setParameter("ids", commissionerIds)
                .setParameter("year", year)
                .getResultList()
                .forEach(a -> byCommissioner.put(a.getCommissioner().getId(), a));
        return byCommissioner;
    }

    @Override
    public Assessment add(Assessment assessment) {
        em.persist(assessment);
        return assessment;
    }

    @Override
    public Optional<SatisfactionRating> findRating(long assignmentId, int year) {
        return em.createQuery("select r from SatisfactionRating r where r.assignment.id = :id and r.year = :year",
                        SatisfactionRating.class)
                .setParameter("id", assignmentId)
                .setParameter("year", year)
                .getResultStream().findFirst();
    }

    @Override
    public List<SatisfactionRating> ratings(Collection<Long> commissionerIds, int year) {
        if (commissionerIds.isEmpty()) {
            return List.of();
        }
        return Fetch.joined(em.createQuery("select r from SatisfactionRating r join fetch r.assignment"
                        + " where r.assignment.commissioner.id in :ids and r.year = :year", SatisfactionRating.class),
                        "assignment.commissioner")
                .setParameter("ids", commissionerIds)
                .setParameter("year", year)
                .getResultList();
    }

    @Override
    public SatisfactionRating addRating(SatisfactionRating rating) {
        em.persist(rating);
        return rating;
    }
}
