package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Service logs for a lazy table: every call asks {@link ServiceLogService} for exactly the rows shown
 * (or, for the Excel export, every row the filter matches, in pages of at most
 * {@link PageRequest#MAX_SIZE}). A column's sort field is the repository's sort key.
 */
final class LogRows extends LazyDataModel<LogRow> {

    private static final long serialVersionUID = 1L;

    /** The criteria of the page, asked again for every load. */
    interface Criteria extends Supplier<LogFilter>, Serializable {
    }

    private final ServiceLogService service;
    private final Criteria criteria;

    LogRows(ServiceLogService service, Criteria criteria) {
        this.service = service;
        this.criteria = criteria;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, service.count(criteria.get()));
    }

    @Override
    public List<LogRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().filter(SortMeta::isActive).findFirst().orElse(null);
        String sortKey = sort == null ? "serviceDate" : sort.getField();
        boolean ascending = sort != null && sort.getOrder().isAscending();
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        LogFilter filter = criteria.get();
        List<LogRow> loaded = new ArrayList<>();
        for (int page = first / size; loaded.size() < pageSize; page++) {
            Page<ServiceLog> chunk = service.list(filter, new PageRequest(page, size, sortKey, ascending));
            setRowCount((int) Math.min(Integer.MAX_VALUE, chunk.total()));
            chunk.items().forEach(log -> loaded.add(LogRow.of(log)));
            if (chunk.items().size() < size) {
                break;
            }
        }
        return loaded;
    }

    @Override
    public String getRowKey(LogRow row) {
        return String.valueOf(row.getId());
    }

    @Override
    public LogRow getRowData(String rowKey) {
        List<LogRow> shown = getWrappedData();
        return shown == null ? null : shown.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }
}
