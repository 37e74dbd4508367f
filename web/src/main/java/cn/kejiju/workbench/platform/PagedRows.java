package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The data of a lazy table: every load asks the service for exactly the rows shown, or, for the Excel
 * export (which asks for many rows at once), for every row from the first one it wants, in pages of at
 * most {@link PageRequest#MAX_SIZE} ({@link EveryPage#rows}). The criteria live in the page bean and
 * are read again at every load and count; the table's filters are not used. A column's sort field is
 * the repository's sort key (or is translated by {@link #sortKeys}); the table sorts by one column at a
 * time, and without one by the table's {@link #defaultSort}.
 *
 * @param <R> the row class the table shows
 */
public final class PagedRows<R> extends LazyDataModel<R> {

    private static final long serialVersionUID = 1L;

    /** One page of rows for the current criteria. */
    @FunctionalInterface
    public interface Pages<R> extends Serializable {
        Page<R> page(PageRequest request);
    }

    /**
     * Opened once per load: fixes the criteria, and whatever else the rows of that load share (today's
     * date, the labels of the page's language), and answers the pages of that load.
     */
    @FunctionalInterface
    public interface Source<R> extends Serializable {
        Function<PageRequest, Page<R>> open();
    }

    /** How many rows the current criteria match. */
    @FunctionalInterface
    public interface Total extends Serializable {
        long count();
    }

    /** The key that tells a row from the others (its record's id). */
    @FunctionalInterface
    public interface RowKey<R> extends Serializable {
        Object of(R row);
    }

    /** The repository's sort key for a column's sort field. */
    @FunctionalInterface
    public interface SortKeys extends Serializable {
        String key(String field);
    }

    private final RowKey<R> rowKey;
    private final Source<R> source;
    private final Total total;
    private SortKeys sortKeys = field -> field;
    private String defaultSort;
    private boolean defaultAscending = true;
    private boolean sortable = true;

    private PagedRows(RowKey<R> rowKey, Source<R> source, Total total) {
        this.rowKey = Objects.requireNonNull(rowKey);
        this.source = Objects.requireNonNull(source);
        this.total = Objects.requireNonNull(total);
    }

    /** A table whose pages come straight from the service (criteria read for every page). */
    public static <R> PagedRows<R> of(RowKey<R> rowKey, Pages<R> pages, Total total) {
        Objects.requireNonNull(pages);
        return new PagedRows<>(rowKey, () -> pages::page, total);
    }

    /** A table whose loads share something fixed once per load (see {@link Source}). */
    public static <R> PagedRows<R> opening(RowKey<R> rowKey, Source<R> source, Total total) {
        return new PagedRows<>(rowKey, source, total);
    }

    /** Translates the columns' sort fields into the repository's sort keys. */
    public PagedRows<R> sortKeys(SortKeys keys) {
        this.sortKeys = Objects.requireNonNull(keys);
        return this;
    }

    /** The order without a sorted column (without this: the repository's own order, ascending). */
    public PagedRows<R> defaultSort(String key, boolean ascending) {
        this.defaultSort = key;
        this.defaultAscending = ascending;
        return this;
    }

    /** The table has one fixed order (the repository's): the columns' sort is not passed on. */
    public PagedRows<R> unsorted() {
        this.sortable = false;
        return this;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return clamp(total.count());
    }

    @Override
    public List<R> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortable && sortBy != null
                ? sortBy.values().stream().filter(SortMeta::isActive).findFirst().orElse(null)
                : null;
        String sortKey = sort == null ? defaultSort : sortKeys.key(sort.getField());
        boolean ascending = sort == null ? defaultAscending : sort.getOrder().isAscending();
        return EveryPage.rows(first, pageSize, sortKey, ascending, source.open(), rows -> setRowCount(clamp(rows)));
    }

    @Override
    public String getRowKey(R row) {
        return String.valueOf(rowKey.of(row));
    }

    @Override
    public R getRowData(String key) {
        List<R> shown = getWrappedData();
        return shown == null ? null
                : shown.stream().filter(row -> getRowKey(row).equals(key)).findFirst().orElse(null);
    }

    private static int clamp(long count) {
        return (int) Math.min(Integer.MAX_VALUE, count);
    }

    /** Puts a lazy table back on its first page, after the criteria changed. */
    public static void firstPage(String tableClientId) {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(tableClientId);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    /** A text criterion as the services take it: stripped, and {@code null} when blank. */
    public static String criterion(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
