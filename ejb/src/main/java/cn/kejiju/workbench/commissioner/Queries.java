package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.shared.Cursor;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

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
     * A sort a list offers: its name in the API, the expression the query orders by, and how to read
     * the value from a row (for the cursor of the next page).
     */
    record SortKey<T>(String name, Expression<?> expression, Function<T, ?> value) {
    }

    /**
     * Runs a criteria query for one page ordered by the sort expression then id, and counts the total
     * only when the page does not tell it.
     */
    static <T> Page<T> page(EntityManager em, CriteriaQuery<T> query, Root<T> root, Expression<?> sortBy,
                            PageRequest request, LongSupplier count) {
        return page(em, query, root, new SortKey<>(request.sort(), sortBy, null), request, count,
                UnaryOperator.identity());
    }

    /**
     * Runs a criteria query for one page ordered by the sort then id, with what the rows show loaded with
     * them ({@link cn.kejiju.workbench.platform.Fetch}). With a cursor ({@code after}) the page continues
     * right after the row it names (keyset paging: a range condition the sort's index serves, however deep);
     * the answer carries the cursor of the next page when the sort can give one. The total is counted only
     * when the page does not tell it.
     */
    static <T> Page<T> page(EntityManager em, CriteriaQuery<T> query, Root<T> root, SortKey<T> sort,
                            PageRequest request, LongSupplier count, UnaryOperator<TypedQuery<T>> fetch) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        Expression<?> sortBy = sort.expression();
        Path<Long> id = root.get("id");
        if (request.after() != null) {
            if (sort.value() == null) {
                throw new RuleViolationException("page.cursor", "after");
            }
            Cursor after = request.after().requireFor(sort.name(), request.ascending());
            Predicate restriction = query.getRestriction();
            Predicate beyond = beyond(cb, sortBy, id, after);
            query.where(restriction == null ? beyond : cb.and(restriction, beyond));
        }
        Order primary = request.ascending() ? cb.asc(sortBy) : cb.desc(sortBy);
        Order tieBreak = request.ascending() ? cb.asc(id) : cb.desc(id);
        query.orderBy(primary, tieBreak);
        TypedQuery<T> typed = fetch.apply(em.createQuery(query)).setFirstResult(request.offset())
                .setMaxResults(request.size());
        List<T> items = typed.getResultList();
        long total = request.after() == null && items.size() < request.size() && (request.page() == 0 || !items.isEmpty())
                ? (long) request.offset() + items.size()
                : count.getAsLong();
        String next = null;
        if (sort.value() != null && items.size() == request.size()) {
            T last = items.get(items.size() - 1);
            Cursor cursor = Cursor.after(sort.name(), request.ascending(), sort.value().apply(last), idOf(em, last));
            next = cursor == null ? null : cursor.encode();
        }
        return new Page<>(items, total, request.page(), request.size(), next);
    }

    /**
     * The rows after the cursor's, in the form an index on (sort, id) serves as a range:
     * {@code sort <= v and (sort < v or id < i)} when descending, the mirror when ascending.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Predicate beyond(CriteriaBuilder cb, Expression<?> sortBy, Path<Long> id, Cursor after) {
        Comparable value = comparable(sortBy.getJavaType(), after.value());
        Expression<Comparable> key = (Expression<Comparable>) sortBy;
        if (after.ascending()) {
            return cb.and(cb.greaterThanOrEqualTo(key, value),
                    cb.or(cb.greaterThan(key, value), cb.greaterThan(id, after.id())));
        }
        return cb.and(cb.lessThanOrEqualTo(key, value), cb.or(cb.lessThan(key, value), cb.lessThan(id, after.id())));
    }

    /** The cursor's value as the sort expression's type; a cursor of another type is refused. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparable comparable(Class<?> type, Object value) {
        if (type.isEnum() && value instanceof String name) {
            try {
                return Enum.valueOf((Class<? extends Enum>) type, name);
            } catch (IllegalArgumentException e) {
                throw new RuleViolationException("page.cursor", "after");
            }
        }
        if ((type == Long.class || type == long.class || type == Integer.class || type == int.class)
                && value instanceof Long number) {
            return type == Integer.class || type == int.class ? Integer.valueOf(number.intValue()) : number;
        }
        if (type.isInstance(value)) {
            return (Comparable) value;
        }
        throw new RuleViolationException("page.cursor", "after");
    }

    private static long idOf(EntityManager em, Object entity) {
        return ((Number) em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity)).longValue();
    }
}
