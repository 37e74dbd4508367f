package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The data of a lazy table of the commissioner pages: every call asks the service for exactly the rows
 * shown, or for the Excel export (which asks for all rows at once) for every row the filter matches,
 * fetched in pages of at most {@link PageRequest#MAX_SIZE}. The sort field of a column is the sort key
 * the repository offers; the table sorts by one column at a time.
 */
abstract class LazyRows<R extends LazyRows.Keyed> extends LazyDataModel<R> {

    private static final long serialVersionUID = 1L;

    /** A row with the id of the record it shows. */
    interface Keyed {
        long getId();
    }

    /** One page of rows for the current criteria. */
    protected abstract Page<R> fetch(PageRequest request);

    /** How many rows the current criteria match. */
    protected abstract long total();

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, total());
    }

    @Override
    public List<R> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().filter(SortMeta::isActive).findFirst().orElse(null);
        String sortKey = sort == null ? null : sort.getField();
        boolean ascending = sort == null || sort.getOrder().isAscending();
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        List<R> loaded = new ArrayList<>();
        for (int page = first / size; loaded.size() < pageSize; page++) {
            Page<R> chunk = fetch(new PageRequest(page, size, sortKey, ascending));
            setRowCount((int) Math.min(Integer.MAX_VALUE, chunk.total()));
            loaded.addAll(chunk.items());
            if (chunk.items().size() < size) {
                break;
            }
        }
        return loaded;
    }

    @Override
    public String getRowKey(R row) {
        return String.valueOf(row.getId());
    }

    @Override
    public R getRowData(String rowKey) {
        List<R> shown = getWrappedData();
        return shown == null ? null
                : shown.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }
}
