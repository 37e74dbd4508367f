package cn.kejiju.workbench.todo;

import jakarta.enterprise.inject.Instance;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
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

    private TodoRefresh refreshAt(Instant instant) {
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
        refresh.feeds = instanceOf(feed);
        refresh.todo = new TodoService() {
            @Override
            public TodoReconciliation reconcile(TodoFeed asked, LocalDate today) {
                return new TodoReconciliation(asked.kindPrefix(), asked.due(today).size(), 0, 0);
            }
        };
        return refresh;
    }

    @SuppressWarnings("unchecked")
    private static Instance<TodoFeed> instanceOf(TodoFeed feed) {
        return (Instance<TodoFeed>) Proxy.newProxyInstance(TodoRefreshTest.class.getClassLoader(),
                new Class<?>[] {Instance.class}, (self, method, args) -> {
                    if (method.getName().equals("iterator")) {
                        return List.of(feed).iterator();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void halfAMinuteBeforeMidnightTheFeedsAreAskedForTheEndingDay() {
        refreshAt(Instant.parse("2026-09-30T15:59:30Z")).refreshNow();
        assertEquals(List.of(LocalDate.of(2026, 9, 30)), askedFor);
    }

    @Test
    void halfAMinuteAfterMidnightTheFeedsAreAskedForTheNewDay() {
        refreshAt(Instant.parse("2026-09-30T16:00:30Z")).refreshNow();
        assertEquals(List.of(LocalDate.of(2026, 10, 1)), askedFor);
    }
}
