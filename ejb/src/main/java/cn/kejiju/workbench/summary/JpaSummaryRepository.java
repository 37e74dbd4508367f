package cn.kejiju.workbench.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSummaryRepository implements SummaryRepository {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Override
    public Optional<WorkSummary> find(SummaryPeriod period, Long countyId) {
        return query(period, countyId).getResultStream().findFirst();
    }

    @Override
    public Optional<WorkSummary> findForUpdate(SummaryPeriod period, Long countyId) {
        return query(period, countyId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    private TypedQuery<WorkSummary> query(SummaryPeriod period, Long countyId) {
        return em.createQuery("select s from WorkSummary s where s.periodFrom = :from and s.periodTo = :to"
                        + " and s.jurisdictionKey = :key", WorkSummary.class)
                .setParameter("from", period.from()).setParameter("to", period.to())
                .setParameter("key", WorkSummary.keyOf(countyId));
    }

    @Override
    public WorkSummary add(WorkSummary summary) {
        em.persist(summary);
        return summary;
    }

    @Override
    public SummaryVersion add(SummaryVersion version) {
        em.persist(version);
        return version;
    }

    @Override
    public List<SummaryVersion> versions(long summaryId) {
        return em.createQuery("select v from SummaryVersion v where v.summaryId = :id order by v.number desc",
                SummaryVersion.class).setParameter("id", summaryId).getResultList();
    }

    @Override
    public Optional<SummaryVersion> findVersion(long summaryId, int number) {
        return em.createQuery("select v from SummaryVersion v where v.summaryId = :id and v.number = :number",
                        SummaryVersion.class).setParameter("id", summaryId).setParameter("number", number)
                .getResultStream().findFirst();
    }

    @Override
    public List<SummaryTemplate> templates() {
        return em.createQuery("select t from SummaryTemplate t order by t.section, t.position", SummaryTemplate.class)
                .getResultList();
    }

    @Override
    public Optional<SummaryTemplate> findTemplate(long id) {
        return Optional.ofNullable(em.find(SummaryTemplate.class, id));
    }

    @Override
    public void addTemplate(SummaryTemplate template) {
        em.persist(template);
    }

    @Override
    public List<SummaryTarget> targets(int year, Long countyId) {
        if (countyId == null) {
            return em.createQuery("select t from SummaryTarget t where t.year = :year"
                    + " order by t.countyId, t.section, t.figure", SummaryTarget.class)
                    .setParameter("year", year).getResultList();
        }
        return em.createQuery("select t from SummaryTarget t where t.year = :year and t.countyId = :county"
                        + " order by t.section, t.figure", SummaryTarget.class)
                .setParameter("year", year).setParameter("county", countyId).getResultList();
    }

    @Override
    public Optional<SummaryTarget> findTarget(long id) {
        return Optional.ofNullable(em.find(SummaryTarget.class, id));
    }

    @Override
    public Optional<SummaryTarget> findTarget(int year, long countyId, String section, String figure) {
        return em.createQuery("select t from SummaryTarget t where t.year = :year and t.countyId = :county"
                        + " and t.section = :section and t.figure = :figure", SummaryTarget.class)
                .setParameter("year", year).setParameter("county", countyId).setParameter("section", section)
                .setParameter("figure", figure).getResultStream().findFirst();
    }

    @Override
    public SummaryTarget add(SummaryTarget target) {
        em.persist(target);
        return target;
    }

    @Override
    public void remove(SummaryTarget target) {
        em.remove(target);
    }
}
