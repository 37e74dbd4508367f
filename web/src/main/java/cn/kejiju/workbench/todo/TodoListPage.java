package cn.kejiju.workbench.todo;

import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** 我的待办: the signed-in user's open items, a page at a time from the database. */
@Named
@ViewScoped
public class TodoListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TodoService todo;

    @Inject
    TodoMessages texts;

    @Inject
    PageMessages messages;

    private final Rows rows = new Rows();

    public LazyDataModel<TodoRow> getRows() {
        return rows;
    }

    /** The table's data: each call asks the service for exactly the rows shown. */
    private final class Rows extends LazyDataModel<TodoRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, todo.countMine());
        }

        @Override
        public List<TodoRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
            Page<TodoItem> page = todo.mine(PageRequest.of(first / size, size));
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            LocalDate today = todo.today();
            return page.items().stream()
                    .map(item -> TodoRow.of(item, texts.render(item, messages.locale()), today))
                    .toList();
        }

        @Override
        public String getRowKey(TodoRow row) {
            return String.valueOf(row.getId());
        }

        @Override
        public TodoRow getRowData(String rowKey) {
            List<TodoRow> shown = getWrappedData();
            return shown == null ? null
                    : shown.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
