package cn.kejiju.workbench.todo.pages;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.security.pages.SessionPage;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.todo.TodoDraft;
import cn.kejiju.workbench.todo.TodoItem;
import cn.kejiju.workbench.todo.TodoMessages;
import cn.kejiju.workbench.todo.TodoService;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The menu's badge: nothing at zero, the count up to 99, then "99+"; asked once per request, only of users with a list. */
class TodoSummaryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private final List<String> asked = new ArrayList<>();

    private TodoSummary summary(boolean hasList, long open) {
        return summary(hasList, false, open);
    }

    private TodoSummary summary(boolean readsBusiness, boolean reviewer, long open) {
        TodoSummary summary = new TodoSummary();
        summary.session = new SessionPage() {
            @Override
            public boolean isReadsBusinessRecords() {
                return readsBusiness;
            }

            @Override
            public boolean isInRole(String role) {
                return reviewer && Roles.REVIEWER.equals(role);
            }
        };
        summary.todo = new TodoService() {
            @Override
            public long countMine() {
                asked.add("count");
                return open;
            }

            @Override
            public Page<TodoItem> mine(PageRequest page) {
                asked.add("mine " + page.size());
                TodoItem item = Fixtures.withId(new TodoItem(TodoDraft.of("commissioner.due.x", "Assignment", 7)
                        .role(Roles.COMMISSIONER_CLERK).message("todo.x").dueOn(LocalDate.of(2026, 6, 1)).build(), CLOCK));
                return new Page<>(List.of(item), open, page.page(), page.size());
            }

            @Override
            public LocalDate today() {
                return LocalDate.of(2026, 6, 30);
            }
        };
        summary.texts = new TodoMessages() {
            @Override
            public String render(TodoItem item, Locale locale) {
                return "text in " + locale;
            }
        };
        summary.messages = new PageMessages() {
            @Override
            public Locale locale() {
                return Locale.ENGLISH;
            }
        };
        return summary;
    }

    @Test
    void nothingToDoShowsNoBadgeAtAll() {
        TodoSummary summary = summary(true, 0);

        assertNull(summary.getBadge());
        assertEquals("", summary.getBadgeMarkup());
    }

    @Test
    void theBadgeIsTheCountUpToNinetyNineThenNinetyNinePlus() {
        assertEquals("7", summary(true, 7).getBadge());
        assertEquals("99", summary(true, 99).getBadge());
        assertEquals("99+", summary(true, 100).getBadge());
    }

    @Test
    void theBadgeMarkupHoldsOnlyTheBadge() {
        assertEquals(" <span class=\"ui-badge ui-widget wb-menu-badge\">12</span>", summary(true, 12).getBadgeMarkup());
    }

    @Test
    void theCountIsAskedOncePerRequest() {
        TodoSummary summary = summary(true, 3);

        summary.getCount();
        summary.getBadge();
        summary.getBadgeMarkup();

        assertEquals(List.of("count"), asked);
    }

    @Test
    void aUserWithoutAToDoListIsNeverAskedAbout() {
        TodoSummary summary = summary(false, 3);

        assertEquals(0, summary.getCount());
        assertTrue(summary.getFirst().isEmpty());
        assertTrue(asked.isEmpty());
    }

    @Test
    void theFirstFiveItemsAreShownInTheUsersLanguageAndMarkedWhenOverdue() {
        List<TodoRow> first = summary(true, 1).getFirst();

        assertEquals(List.of("mine " + TodoSummary.FIRST), asked);
        assertEquals(5, TodoSummary.FIRST);
        assertEquals("text in en", first.get(0).getMessage());
        assertTrue(first.get(0).isOverdue());
    }

    @Test
    void anExpertReviewerHasAListForTheirOwnAssignments() {
        TodoSummary summary = summary(false, true, 2);
        assertTrue(summary.isAvailable());
        assertEquals(2, summary.getCount());
        assertFalse(summary(false, false, 2).isAvailable(), "the auditor, the security administrator");
    }
}
