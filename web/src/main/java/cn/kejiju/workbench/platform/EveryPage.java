package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Reads a paged service call further than one page: every row of a filter (menus of options, exports),
 * or a run of rows from any position (a lazy table's page, an export buffer), in pages of at most
 * {@link PageRequest#MAX_SIZE}, stopping at the first page that comes back short.
 */
public final class EveryPage {

    private EveryPage() {
    }

    /**
     * Hands every page of the call over as it is read, from the first on, each of
     * {@link PageRequest#MAX_SIZE} rows in the given order, until one comes back short.
     */
    public static <T> void forEach(String sort, boolean ascending, Function<PageRequest, Page<T>> pages,
                                   Consumer<? super List<T>> each) {
        for (int page = 0; ; page++) {
            List<T> chunk = pages.apply(new PageRequest(page, PageRequest.MAX_SIZE, sort, ascending)).items();
            each.accept(chunk);
            if (chunk.size() < PageRequest.MAX_SIZE) {
                return;
            }
        }
    }

    /** Every row of the call, in the given order. */
    public static <T> List<T> all(String sort, boolean ascending, Function<PageRequest, Page<T>> pages) {
        List<T> rows = new ArrayList<>();
        forEach(sort, ascending, pages, rows::addAll);
        return rows;
    }

    /**
     * The rows from {@code first} on, at most {@code count} of them, read in pages of
     * {@code count} rows (at most {@link PageRequest#MAX_SIZE}): one request for a table's page, several
     * for an export that asks for more. The total each page reports goes to {@code total}.
     */
    public static <T> List<T> rows(int first, int count, String sort, boolean ascending,
                                   Function<PageRequest, Page<T>> pages, LongConsumer total) {
        int size = Math.max(1, Math.min(count, PageRequest.MAX_SIZE));
        List<T> loaded = new ArrayList<>();
        int skip = first % size;
        for (int page = first / size; loaded.size() < count; page++) {
            Page<T> chunk = pages.apply(new PageRequest(page, size, sort, ascending));
            total.accept(chunk.total());
            chunk.items().stream().skip(skip).limit((long) count - loaded.size()).forEach(loaded::add);
            skip = 0;
            if (chunk.items().size() < size) {
                break;
            }
        }
        return loaded;
    }
}
