package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.platform.Fetch;
import cn.kejiju.workbench.platform.ListTotals;
import cn.kejiju.workbench.shared.Cursor;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Entry applications in JPA. The list runs newest first and continues after a cursor as a range on the id;
 * a page loads its applications with their enterprise and carrier in one statement.
 */
@ApplicationScoped
public class JpaEntryRepository implements EntryRepository {

    static final String ID = "id";

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Inject
    ListTotals listTotals;

    @Override
    public Optional<EntryApplication> find(long id) {
        // with what its answer shows, inside a transaction too: a write's answer is read after it
        TypedQuery<EntryApplication> query = em.createQuery("select a from EntryApplication a where a.id = :id",
                EntryApplication.class).setParameter("id", id);
        Fetch.joined(query, "county", "enterprise", "enterprise.county", "carrier");
        return query.getResultList().stream().findFirst();
    }

    @Override
    public EntryApplication get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("EntryApplication", id));
    }

    @Override
    public EntryApplication add(EntryApplication application) {
        em.persist(application);
        return application;
    }

    @Override
    public Page<EntryApplication> page(EntryFilter filter, Long countyScope, PageRequest request) {
        if (request.sort() != null && !ID.equals(request.sort())) {
            throw new RuleViolationException("page.sortUnknown", "sort", request.sort());
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<EntryApplication> query = cb.createQuery(EntryApplication.class);
        Root<EntryApplication> application = query.from(EntryApplication.class);
        List<Predicate> where = where(cb, application, filter, countyScope);
        Path<Long> id = application.get(ID);
        boolean ascending = request.sort() != null && request.ascending();
        if (request.after() != null) {
            Cursor after = request.after().requireFor(ID, ascending);
            where.add(ascending ? cb.greaterThan(id, after.id()) : cb.lessThan(id, after.id()));
        }
        query.select(application).where(where.toArray(Predicate[]::new)).orderBy(ascending ? cb.asc(id) : cb.desc(id));
        TypedQuery<EntryApplication> typed = em.createQuery(query);
        Fetch.joined(typed, "county", "enterprise", "carrier");
        List<EntryApplication> items = typed.setFirstResult(request.after() == null ? request.offset() : 0)
                .setMaxResults(request.size()).getResultList();
        long total = listTotals.total(EntryApplication.class, filter, countyScope, () -> count(filter, countyScope));
        String next = null;
        if (items.size() == request.size()) {
            EntryApplication last = items.get(items.size() - 1);
            next = Cursor.after(ID, ascending, last.getId(), last.getId()).encode();
        }
        return new Page<>(items, total, request.page(), request.size(), next);
    }

    private long count(EntryFilter filter, Long countyScope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<EntryApplication> counted = count.from(EntryApplication.class);
        count.select(cb.count(counted)).where(where(cb, counted, filter, countyScope).toArray(Predicate[]::new));
        return em.createQuery(count).getSingleResult();
    }

    private static List<Predicate> where(CriteriaBuilder cb, Root<EntryApplication> application, EntryFilter filter,
                                         Long countyScope) {
        List<Predicate> predicates = new ArrayList<>();
        if (countyScope != null) {
            predicates.add(cb.equal(application.get("county").get(ID), countyScope));
        }
        if (filter.countyId() != null) {
            predicates.add(cb.equal(application.get("county").get(ID), filter.countyId()));
        }
        if (filter.carrierId() != null) {
            predicates.add(cb.equal(application.get("carrier").get(ID), filter.carrierId()));
        }
        if (filter.status() != null) {
            predicates.add(cb.equal(application.get("status"), filter.status()));
        }
        if (filter.enterpriseId() != null) {
            predicates.add(cb.equal(application.get("enterprise").get(ID), filter.enterpriseId()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            predicates.add(cb.like(application.get("enterprise").get("name"), pattern, '\\'));
        }
        return predicates;
    }

    @Override
    public EntrySettings settings() {
        return em.find(EntrySettings.class, EntrySettings.ID);
    }

    @Override
    public Optional<Long> agreementOf(long applicationId) {
        return em.createQuery("select a.id from Agreement a where a.applicationId = :application", Long.class)
                .setParameter("application", applicationId).getResultList().stream().findFirst();
    }

    @Override
    public List<EntryFile> filesOf(long applicationId) {
        return em.createQuery("select f from EntryFile f where f.application.id = :id order by f.kind, f.id",
                EntryFile.class).setParameter("id", applicationId).getResultList();
    }

    @Override
    public List<EntryFileKind> fileKindsOf(long applicationId) {
        return em.createQuery("select distinct f.kind from EntryFile f where f.application.id = :id",
                EntryFileKind.class).setParameter("id", applicationId).getResultList();
    }

    @Override
    public long fileCount(long applicationId) {
        return em.createQuery("select count(f) from EntryFile f where f.application.id = :id", Long.class)
                .setParameter("id", applicationId).getSingleResult();
    }

    @Override
    public Optional<EntryFile> findFile(long fileId) {
        TypedQuery<EntryFile> query = em.createQuery("select f from EntryFile f where f.id = :id", EntryFile.class)
                .setParameter("id", fileId);
        Fetch.joined(query, "application", "application.county");
        return query.getResultList().stream().findFirst();
    }

    @Override
    public EntryFile addFile(EntryFile file, byte[] bytes) {
        em.persist(file);
        em.persist(new EntryFileContent(file, bytes));
        return file;
    }

    @Override
    public byte[] content(EntryFile file) {
        return em.find(EntryFileContent.class, file.getId()).getBytes();
    }

    @Override
    public void removeFile(EntryFile file) {
        EntryFileContent content = em.find(EntryFileContent.class, file.getId());
        if (content != null) {
            em.remove(content);
            em.flush();
        }
        em.remove(file);
    }
}
