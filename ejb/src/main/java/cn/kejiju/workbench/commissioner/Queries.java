package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;

import java.util.List;
import java.util.function.LongSupplier;

/** Paging helpers shared by the commissioner repositories. */
final class Queries {

    private Queries() {
    }

    static String likePattern(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    /**
     * Runs a criteria query for one page ordered by the sort expression then id, and counts the total
     * only when the page does not tell it.
     */
    static <T> Page<T> page(EntityManager em, CriteriaQuery<T> query, Root<T> root, Expression<?> sortBy,
                            PageRequest request, LongSupplier count) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        Order primary = request.ascending() ? cb.asc(sortBy) : cb.desc(sortBy);
        Order tieBreak = request.ascending() ? cb.asc(root.get("id")) : cb.desc(root.get("id"));
        query.orderBy(primary, tieBreak);
        TypedQuery<T> typed = em.createQuery(query).setFirstResult(request.offset()).setMaxResults(request.size());
        List<T> items = typed.getResultList();
        long total = items.size() < request.size() && (request.page() == 0 || !items.isEmpty())
                ? (long) request.offset() + items.size()
                : count.getAsLong();
        return new Page<>(items, total, request.page(), request.size());
    }
}
