package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.shared.Changes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The totals of lists, counted once per filter and kept while nothing of that kind was written: paging
 * through a list of a million records does not count a million rows on every page. A total is counted
 * again after any insert, update or delete of the listed entity on this server, and at the latest after
 * {@code workbench.list-total-seconds} (30 by default), which bounds how long a write on another server
 * of a cluster goes unseen.
 */
@ApplicationScoped
public class ListTotals {

    private static final int MAX_ENTRIES = 10_000;

    private record Key(Class<?> entity, Object filter, Long countyScope) {
    }

    private record Entry(long total, long generation, long countedAt) {
    }

    @Inject
    @ConfigProperty(name = "workbench.list-total-seconds", defaultValue = "30")
    int seconds;

    private final ConcurrentHashMap<Key, Entry> totals = new ConcurrentHashMap<>();

    /**
     * The total of the listed entity's records the filter (a value object) matches within the county
     * scope, from memory while current, else counted.
     */
    public long total(Class<?> entity, Object filter, Long countyScope, LongSupplier count) {
        Key key = new Key(entity, filter, countyScope);
        long generation = Changes.generation(entity);
        Entry entry = totals.get(key);
        long now = System.nanoTime();
        if (entry != null && entry.generation() == generation
                && now - entry.countedAt() < TimeUnit.SECONDS.toNanos(seconds)) {
            return entry.total();
        }
        long total = count.getAsLong();
        if (totals.size() >= MAX_ENTRIES) {
            totals.clear();
        }
        totals.put(key, new Entry(total, generation, now));
        return total;
    }
}
