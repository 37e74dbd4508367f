package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.shared.Page;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * A page of a list as the API returns it: the rows, the number of records the filter matches
 * ({@code total}: counted once per filter and counted again after a write of that kind of record, or
 * 30 seconds at the latest), the page number and size asked for, and where the list offers it the
 * cursor of the following page ({@code next}: pass it as {@code after} to read on, as fast as the first
 * page however deep; absent on the last page).
 */
public record PageResponse<T>(
        List<T> items,
        @Schema(description = "Records the filter matches (counted once per filter; again after a write, 30 s at the latest)")
        long total,
        int page,
        int size,
        @Schema(description = "Cursor of the following page: pass it as `after`; absent on the last page")
        String next) {

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResponse<>(page.items().stream().map(mapper).toList(), page.total(), page.page(), page.size(),
                page.next());
    }
}
