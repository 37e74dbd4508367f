package cn.kejiju.workbench.audit;

import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.util.ArrayList;
import java.util.List;

/** The audit trail in JPA. Searching filters, orders (newest first) and pages in the database. */
@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Override
    public AuditChainHead lockHead() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        return requirePresent(head);
    }

    @Override
    public AuditChainHead head() {
        return requirePresent(em.find(AuditChainHead.class, AuditChainHead.ID));
    }

    private static AuditChainHead requirePresent(AuditChainHead head) {
        if (head == null) {
            throw new IllegalStateException("audit_chain_head has no row; migration V3 creates it");
        }
        return head;
    }

    /**
     * Persists the entry and flushes at once, with the head it advanced: the database then holds
     * what the persistence context holds, so a second append in the same transaction locks and
     * reads the head as this one left it.
     */
    @Override
    public void add(AuditEntry entry) {
        em.persist(entry);
        em.flush();
    }

    @Override
    public List<AuditEntry> range(long fromSeq, long toSeq, int max) {
        return em.createNamedQuery("AuditEntry.range", AuditEntry.class)
                .setParameter("from", fromSeq)
                .setParameter("to", toSeq)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public Page<AuditEntry> page(AuditQuery query, PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> select = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = select.from(AuditEntry.class);
        select.select(entry).where(where(cb, entry, query)).orderBy(cb.desc(entry.get("seq")));
        List<AuditEntry> items = em.createQuery(select)
                .setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        long total = items.size() < request.size() && (request.page() == 0 || !items.isEmpty())
                ? (long) request.offset() + items.size()
                : count(query);
        return new Page<>(items, total, request.page(), request.size());
    }

    @Override
    public long count(AuditQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> select = cb.createQuery(Long.class);
        Root<AuditEntry> entry = select.from(AuditEntry.class);
        select.select(cb.count(entry)).where(where(cb, entry, query));
        return em.createQuery(select).getSingleResult();
    }

    private static Predicate[] where(CriteriaBuilder cb, Root<AuditEntry> entry, AuditQuery query) {
        List<Predicate> predicates = new ArrayList<>();
        if (query.actor() != null) {
            predicates.add(cb.equal(entry.get("actor"), query.actor()));
        }
        if (query.from() != null) {
            predicates.add(cb.greaterThanOrEqualTo(entry.get("occurredAt"), query.from()));
        }
        if (query.to() != null) {
            predicates.add(cb.lessThan(entry.get("occurredAt"), query.to()));
        }
        if (query.action() != null) {
            predicates.add(cb.equal(entry.get("action"), query.action()));
        }
        if (query.recordType() != null) {
            predicates.add(cb.equal(entry.get("recordType"), query.recordType()));
        }
        if (query.recordId() != null) {
            predicates.add(cb.equal(entry.get("recordId"), query.recordId()));
        }
        return predicates.toArray(Predicate[]::new);
    }
}
