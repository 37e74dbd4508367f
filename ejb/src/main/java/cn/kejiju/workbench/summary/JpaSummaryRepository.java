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
}
