package cn.kejiju.workbench.todo.pages;

import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.security.pages.SessionPage;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.todo.TodoMessages;
import cn.kejiju.workbench.todo.TodoService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;

/**
 * The user's to-do list in brief, for the frame and the home page: the number of open items (the
 * menu's badge) and the first {@value #FIRST} of them. Asked at most once per request, and only for
 * users who have a to-do list (not the auditor or the security administrator).
 */
@Named
@RequestScoped
public class TodoSummary {

    static final int FIRST = 5;

    @Inject
    TodoService todo;

    @Inject
    TodoMessages texts;

    @Inject
    PageMessages messages;

    @Inject
    SessionPage session;

    private Long count;
    private List<TodoRow> first;

    /** Whether the user has a to-do list at all (business readers, and expert reviewers for their own assignments). */
    public boolean isAvailable() {
        return session.isReadsBusinessRecords() || session.isInRole(Roles.REVIEWER);
    }

    public long getCount() {
        if (count == null) {
            count = isAvailable() ? todo.countMine() : 0;
        }
        return count;
    }

    /** The count as the menu's badge: nothing when there is nothing to do. */
    public String getBadge() {
        long open = getCount();
        return open == 0 ? null : open > 99 ? "99+" : String.valueOf(open);
    }

    /**
     * The badge after the menu entry's label, as markup (the menu bar renders no badge of its own):
     * digits only, so nothing a user typed ever reaches it; empty when there is nothing to do.
     */
    public String getBadgeMarkup() {
        String badge = getBadge();
        return badge == null ? "" : " <span class=\"ui-badge ui-widget wb-menu-badge\">" + badge + "</span>";
    }

    /** The first items, in the order of the list. */
    public List<TodoRow> getFirst() {
        if (first == null) {
            if (!isAvailable()) {
                first = List.of();
            } else {
                LocalDate today = todo.today();
                first = todo.mine(PageRequest.of(0, FIRST)).items().stream()
                        .map(item -> TodoRow.of(item, texts.render(item, messages.locale()), today))
                        .toList();
            }
        }
        return first;
    }
}
