package cn.kejiju.workbench.todo.pages;

import cn.kejiju.workbench.todo.TodoItem;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** One open item as a page shows it: its text, where it leads, when it is due and whether that has passed. */
public final class TodoRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final long id;
    private final String kind;
    private final String message;
    private final String link;
    private final LocalDate dueOn;
    private final boolean overdue;
    private final String raisedAt;

    private TodoRow(TodoItem item, String message, LocalDate today) {
        this.id = item.getId();
        this.kind = item.getKind();
        this.message = message;
        this.link = item.getLink();
        this.dueOn = item.getDueOn();
        this.overdue = item.isOverdueOn(today);
        this.raisedAt = MOMENT.format(item.getRaisedAt());
    }

    static TodoRow of(TodoItem item, String message, LocalDate today) {
        return new TodoRow(item, message, today);
    }

    public long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getMessage() {
        return message;
    }

    /** The page of the record below the application, or null. */
    public String getLink() {
        return link;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public boolean isOverdue() {
        return overdue;
    }

    /** yyyy-MM-dd HH:mm, bureau time. */
    public String getRaisedAt() {
        return raisedAt;
    }
}
