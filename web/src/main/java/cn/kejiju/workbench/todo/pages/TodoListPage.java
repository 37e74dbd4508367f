package cn.kejiju.workbench.todo.pages;

import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.platform.PagedRows;
import cn.kejiju.workbench.todo.TodoMessages;
import cn.kejiju.workbench.todo.TodoService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;

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

    private final PagedRows<TodoRow> rows = PagedRows.opening(TodoRow::getId, () -> {
        LocalDate today = todo.today();
        return request -> todo.mine(request).map(item -> TodoRow.of(item, texts.render(item, messages.locale()), today));
    }, () -> todo.countMine()).unsorted();

    public PagedRows<TodoRow> getRows() {
        return rows;
    }
}
