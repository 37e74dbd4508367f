package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.shared.Page;

import java.util.List;
import java.util.function.Function;

/** A page of a list as the API returns it. */
public record PageResponse<T>(List<T> items, long total, int page, int size) {

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResponse<>(page.items().stream().map(mapper).toList(), page.total(), page.page(), page.size());
    }
}
