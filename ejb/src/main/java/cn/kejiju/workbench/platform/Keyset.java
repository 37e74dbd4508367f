package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.shared.Cursor;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A list read in the order of one key and the id (newest first, by name …) and continued after a cursor as a
 * range on the index of (key, id) rather than by an offset: the sort a request may name, the condition of the
 * rows after its cursor, the order, and the cursor of the page after a full one. The repositories of every
 * context page their lists with it.
 */
public final class Keyset {

    private Keyset() {
    }

    /** The sort the request names, or the first of those offered when it names none; any other is refused. */
    public static String sort(PageRequest request, String... offered) {
        if (request.sort() == null) {
            return offered[0];
        }
        if (!Set.of(offered).contains(request.sort())) {
            throw new RuleViolationException("page.sortUnknown", "sort", request.sort());
        }
        return request.sort();
    }

    /**
     * The rows after the request's cursor: (key, id) beyond the cursor's in the request's direction, written so
     * that the database reads a range of the index. None without a cursor; a cursor of another sort or direction,
     * or whose value is not a {@code keyType}, is refused.
     */
    public static <K extends Comparable<? super K>> Optional<Predicate> after(CriteriaBuilder cb, Path<K> key,
            Path<Long> id, PageRequest request, String sort, Class<K> keyType) {
        if (request.after() == null) {
            return Optional.empty();
        }
        Cursor after = request.after().requireFor(sort, request.ascending());
        if (!keyType.isInstance(after.value())) {
            throw new RuleViolationException("page.cursor", "after");
        }
        K value = keyType.cast(after.value());
        return Optional.of(request.ascending()
                ? cb.and(cb.greaterThanOrEqualTo(key, value), cb.or(cb.greaterThan(key, value), cb.greaterThan(id, after.id())))
                : cb.and(cb.lessThanOrEqualTo(key, value), cb.or(cb.lessThan(key, value), cb.lessThan(id, after.id()))));
    }

    /** The order of the list: the key, then the id, both in the request's direction. */
    public static Order[] order(CriteriaBuilder cb, Expression<?> key, Path<Long> id, PageRequest request) {
        return request.ascending()
                ? new Order[] {cb.asc(key), cb.asc(id)}
                : new Order[] {cb.desc(key), cb.desc(id)};
    }

    /** The encoded cursor of the page after this one: after its last row when the page is full, none otherwise. */
    public static <T> String next(List<T> items, PageRequest request, String sort, Function<T, ?> key,
                                  ToLongFunction<T> id) {
        if (items.size() < request.size()) {
            return null;
        }
        T last = items.get(items.size() - 1);
        Cursor cursor = Cursor.after(sort, request.ascending(), key.apply(last), id.applyAsLong(last));
        return cursor == null ? null : cursor.encode();
    }
}
