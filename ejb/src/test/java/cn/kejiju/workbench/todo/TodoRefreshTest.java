package cn.kejiju.workbench.todo;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hourly refresh asks every feed for the bureau's today, at both sides of its midnight. */
class TodoRefreshTest {

    private static final ZoneId BUREAU = ZoneId.of("Asia/Shanghai");

    private final List<LocalDate> askedFor = new ArrayList<>();

    /** Reconciles one recording feed with the clock standing at the instant; the service only asks the feed. */
    private void refreshAt(Instant instant) {
        TodoFeed feed = new TodoFeed() {
            @Override
            public String kindPrefix() {
                return "test.";
            }

            @Override
            public List<TodoDraft> due(LocalDate today) {
                askedFor.add(today);
                return List.of();
            }
        };
        TodoRefresh refresh = new TodoRefresh();
        refresh.clock = Clock.fixed(instant, BUREAU);
        refresh.todo = new TodoService() {
            @Override
            public TodoReconciliation reconcile(TodoFeed asked, LocalDate today) {
                return new TodoReconciliation(asked.kindPrefix(), asked.due(today).size(), 0, 0);
            }
        };
        refresh.refresh(List.of(feed));
    }

    @Test
    void halfAMinuteBeforeMidnightTheFeedsAreAskedForTheEndingDay() {
        refreshAt(Instant.parse("2026-09-30T15:59:30Z"));
        assertEquals(List.of(LocalDate.of(2026, 9, 30)), askedFor);
    }

    @Test
    void halfAMinuteAfterMidnightTheFeedsAreAskedForTheNewDay() {
        refreshAt(Instant.parse("2026-09-30T16:00:30Z"));
        assertEquals(List.of(LocalDate.of(2026, 10, 1)), askedFor);
    }
}
