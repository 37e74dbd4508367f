package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.shared.Page;

import java.util.List;
import java.util.function.Function;

/**
 * A page of a list as the API returns it: the rows, the number of records the filter matches
 * ({@code total}: counted once per filter and counted again after a write of that kind of record, or
 * 30 seconds at the latest), the page number and size asked for, and where the list offers it the
 * cursor of the following page ({@code next}: pass it as {@code after} to read on, as fast as the first
 * page however deep; absent on the last page).
 * <p>
 * Each list has a record of its own with these five components ({@code ServiceLogPage}, …), made by
 * {@link #of}: the OpenAPI scanner renders the items of a generic record as plain objects, so only a
 * record that names its item type documents the rows. {@link #TOTAL} and {@link #NEXT} describe the
 * two components that need it.
 */
public final class PageResponse {

    public static final String TOTAL = "Records the filter matches (counted once per filter; again after a write, 30 s at the latest)";
    public static final String NEXT = "Cursor of the following page: pass it as `after`; absent on the last page";

    /** The canonical constructor of a page record: {@code (items, total, page, size, next)}. */
    @FunctionalInterface
    public interface Constructor<T, P> {
        P make(List<T> items, long total, int page, int size, String next);
    }

    private PageResponse() {
    }

    public static <E, T, P> P of(Page<E> page, Function<E, T> mapper, Constructor<T, P> constructor) {
        return constructor.make(page.items().stream().map(mapper).toList(), page.total(), page.page(), page.size(),
                page.next());
    }
}
