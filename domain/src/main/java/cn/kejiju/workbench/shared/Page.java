package cn.kejiju.workbench.shared;

import java.util.List;
import java.util.function.Function;

/**
 * A page of results with the total the whole filter matches, and where the list supports it the
 * cursor of the page after this one ({@code next}, null on the last page or where the list pages by
 * number only).
 */
public record Page<T>(List<T> items, long total, int page, int size, String next) {

    public Page {
        items = List.copyOf(items);
    }

    public Page(List<T> items, long total, int page, int size) {
        this(items, total, page, size, null);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, page, size, next);
    }
}
