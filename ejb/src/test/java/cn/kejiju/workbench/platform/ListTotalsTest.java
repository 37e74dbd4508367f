package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.shared.Changes;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A list's total is counted once per filter, and again after a write of its kind or when too old. */
class ListTotalsTest {

    /** Stand-ins for two listed entity classes. */
    private static final class Listed {
    }

    private static final class Other {
    }

    private final AtomicLong counted = new AtomicLong();

    private long count() {
        counted.incrementAndGet();
        return 42;
    }

    private ListTotals totals(int seconds) {
        ListTotals totals = new ListTotals();
        totals.seconds = seconds;
        return totals;
    }

    @Test
    void theSameFilterIsCountedOnce() {
        ListTotals totals = totals(30);
        assertEquals(42, totals.total(Listed.class, "filter", 2L, this::count));
        assertEquals(42, totals.total(Listed.class, "filter", 2L, this::count));
        assertEquals(1, counted.get());
    }

    @Test
    void anotherFilterOrCountyIsCountedOnItsOwn() {
        ListTotals totals = totals(30);
        totals.total(Listed.class, "filter", 2L, this::count);
        totals.total(Listed.class, "other filter", 2L, this::count);
        totals.total(Listed.class, "filter", 3L, this::count);
        totals.total(Listed.class, "filter", null, this::count);
        assertEquals(4, counted.get());
    }

    @Test
    void aWriteOfTheListedKindCountsAgainAndOfAnotherKindDoesNot() {
        ListTotals totals = totals(30);
        totals.total(Listed.class, "filter", null, this::count);
        new Changes().written(new Other());
        totals.total(Listed.class, "filter", null, this::count);
        assertEquals(1, counted.get());
        new Changes().written(new Listed());
        totals.total(Listed.class, "filter", null, this::count);
        assertEquals(2, counted.get());
    }

    @Test
    void aTotalOlderThanItsSecondsIsCountedAgain() {
        ListTotals totals = totals(0);
        totals.total(Listed.class, "filter", null, this::count);
        totals.total(Listed.class, "filter", null, this::count);
        assertEquals(2, counted.get());
    }
}
