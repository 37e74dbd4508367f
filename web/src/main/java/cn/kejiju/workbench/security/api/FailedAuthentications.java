package cn.kejiju.workbench.security.api;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Refused tokens per client address. Each address may fail {@value #BURST} times at once and then once
 * every {@value #REFILL_SECONDS} seconds; beyond that it is answered 429. Its failures are audited as one
 * entry per interval of {@value #INTERVAL_SECONDS} seconds: the first failure is recorded, the later ones
 * are counted, and the count goes into the entry of the first failure after the interval. Per server
 * instance, like the token rate limit.
 */
@ApplicationScoped
public class FailedAuthentications {

    public static final int BURST = 10;
    public static final int REFILL_SECONDS = 6;
    public static final int INTERVAL_SECONDS = 60;
    private static final long REFILL_NANOS = TimeUnit.SECONDS.toNanos(REFILL_SECONDS);
    private static final long INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(INTERVAL_SECONDS);
    private static final int MAX_SOURCES = 10_000;

    private final ConcurrentMap<String, Source> sources = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    public FailedAuthentications() {
        this(System::nanoTime);
    }

    FailedAuthentications(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /**
     * What to do about one more refused token from {@code address}.
     *
     * @param limited           the address is over its budget: answer 429
     * @param record            write an audit entry for this failure
     * @param earlierUncounted  failures of the previous interval not yet in the audit trail (with {@code record})
     * @param retryAfterSeconds when the address may try again (with {@code limited})
     */
    public record Outcome(boolean limited, boolean record, long earlierUncounted, long retryAfterSeconds) {
    }

    public Outcome failed(String address) {
        long now = nanoTime.getAsLong();
        if (sources.size() > MAX_SOURCES) {
            sources.values().removeIf(source -> source.idleSince(now));
        }
        return sources.computeIfAbsent(address == null ? "" : address, a -> new Source(now)).failed(now);
    }

    private static final class Source {
        private double available = BURST;
        private long updated;
        private long intervalStart;
        private boolean intervalOpen;
        private long uncounted;

        Source(long now) {
            this.updated = now;
        }

        synchronized Outcome failed(long now) {
            available = Math.min(BURST, available + (double) (now - updated) / REFILL_NANOS);
            updated = now;
            boolean limited = available < 1;
            if (!limited) {
                available -= 1;
            }
            long retryAfter = limited ? (long) Math.ceil((1 - available) * REFILL_SECONDS) : 0;
            if (!intervalOpen || now - intervalStart >= INTERVAL_NANOS) {
                long earlier = uncounted;
                intervalOpen = true;
                intervalStart = now;
                uncounted = 0;
                return new Outcome(limited, true, earlier, retryAfter);
            }
            uncounted++;
            return new Outcome(limited, false, 0, retryAfter);
        }

        synchronized boolean idleSince(long now) {
            return now - updated >= INTERVAL_NANOS;
        }
    }
}
