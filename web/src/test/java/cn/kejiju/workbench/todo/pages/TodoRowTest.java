package cn.kejiju.workbench.todo.pages;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.todo.TodoDraft;
import cn.kejiju.workbench.todo.TodoItem;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An item is overdue only after its due day; it was raised at a minute of bureau time. */
class TodoRowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T02:05:41Z"), ZoneId.of("Asia/Shanghai"));

    private static TodoItem dueOn(LocalDate day) {
        return Fixtures.withId(new TodoItem(TodoDraft.of("commissioner.due.assignmentEnding", "Assignment", 7)
                .role(Roles.COMMISSIONER_CLERK).message("todo.x").link("/commissioner/assignment.xhtml?id=7")
                .dueOn(day).build(), CLOCK));
    }

    @Test
    void anItemIsOverdueFromTheDayAfterItsDueDay() {
        LocalDate due = LocalDate.of(2026, 7, 20);

        assertFalse(TodoRow.of(dueOn(due), "", due).isOverdue());
        assertTrue(TodoRow.of(dueOn(due), "", due.plusDays(1)).isOverdue());
        assertFalse(TodoRow.of(dueOn(null), "", due.plusYears(1)).isOverdue());
    }

    @Test
    void itShowsTheMessageGivenTheLinkAndWhenItWasRaisedToTheMinute() {
        TodoRow row = TodoRow.of(dueOn(LocalDate.of(2026, 7, 20)), "派驻即将到期", LocalDate.of(2026, 6, 30));

        assertEquals("派驻即将到期", row.getMessage());
        assertEquals("commissioner.due.assignmentEnding", row.getKind());
        assertEquals("/commissioner/assignment.xhtml?id=7", row.getLink());
        assertEquals("2026-06-30 10:05", row.getRaisedAt());
    }
}
