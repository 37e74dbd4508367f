package cn.kejiju.workbench.todo;

import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** To-do items in JPA; the open-items list is one query with its count (index todo_user_open for the addressed ones). */
@ApplicationScoped
public class JpaTodoRepository implements TodoRepository {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Override
    public Optional<TodoItem> findOpen(String kind, String recordType, String recordId) {
        return em.createNamedQuery("TodoItem.openBySubject", TodoItem.class)
                .setParameter("subject", TodoDraft.subject(kind, recordType, recordId))
                .getResultStream().findFirst();
    }

    @Override
    public List<TodoItem> openAbout(String recordType, String recordId) {
        return em.createNamedQuery("TodoItem.openByRecord", TodoItem.class)
                .setParameter("recordType", recordType)
                .setParameter("recordId", recordId)
                .getResultList();
    }

    @Override
    public List<TodoItem> openWithKindPrefix(String kindPrefix) {
        String pattern = kindPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createNamedQuery("TodoItem.openByKindPrefix", TodoItem.class)
                .setParameter("prefix", pattern)
                .getResultList();
    }

    @Override
    public Page<TodoItem> open(TodoAudience audience, PageRequest request) {
        if (audience.isEmpty()) {
            return new Page<>(List.of(), 0, request.page(), request.size());
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<TodoItem> query = cb.createQuery(TodoItem.class);
        Root<TodoItem> item = query.from(TodoItem.class);
        query.select(item).where(where(cb, item, audience));
        // due items first (soonest first), undated after them; the newest first among equals
        query.orderBy(
                cb.asc(cb.selectCase().when(cb.isNull(item.get("dueOn")), 1).otherwise(0)),
                cb.asc(item.get("dueOn")),
                cb.desc(item.get("raisedAt")),
                cb.desc(item.get("id")));
        List<TodoItem> items = em.createQuery(query)
                .setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        long total = items.size() < request.size() && (request.page() == 0 || !items.isEmpty())
                ? (long) request.offset() + items.size()
                : countOpen(audience);
        return new Page<>(items, total, request.page(), request.size());
    }

    @Override
    public long countOpen(TodoAudience audience) {
        if (audience.isEmpty()) {
            return 0;
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<TodoItem> item = query.from(TodoItem.class);
        query.select(cb.count(item)).where(where(cb, item, audience));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] where(CriteriaBuilder cb, Root<TodoItem> item, TodoAudience audience) {
        List<Predicate> predicates = new ArrayList<>();
        predicates.add(cb.isNull(item.get("resolvedAt")));
        if (audience.roles() != null) {
            predicates.add(item.get("role").in(audience.roles()));
            // an item addressed to one user is that user's alone
            predicates.add(cb.or(cb.isNull(item.get("addressee")), cb.equal(item.get("addressee"), audience.user())));
        }
        if (audience.countyScope() != null) {
            predicates.add(cb.equal(item.get("countyId"), audience.countyScope()));
        }
        return predicates.toArray(Predicate[]::new);
    }

    @Override
    public TodoItem add(TodoItem item) {
        em.persist(item);
        return item;
    }
}
