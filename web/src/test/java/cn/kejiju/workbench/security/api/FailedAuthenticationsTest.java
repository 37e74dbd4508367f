package cn.kejiju.workbench.security.api;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FailedAuthenticationsTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final FailedAuthentications failures = new FailedAuthentications(now::get);

    private void advance(long seconds) {
        now.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
    }

    @Test
    void aBurstOfFailuresIsLimitedPerAddress() {
        int limited = 0;
        for (int i = 0; i < 300; i++) {
            if (failures.failed("203.0.113.9").limited()) {
                limited++;
            }
        }
        assertEquals(300 - FailedAuthentications.BURST, limited);
        FailedAuthentications.Outcome refused = failures.failed("203.0.113.9");
        assertTrue(refused.limited());
        assertTrue(refused.retryAfterSeconds() >= 1 && refused.retryAfterSeconds() <= FailedAuthentications.REFILL_SECONDS,
                String.valueOf(refused.retryAfterSeconds()));
        assertFalse(failures.failed("198.51.100.7").limited(), "another address has a budget of its own");

        advance(FailedAuthentications.REFILL_SECONDS);
        assertFalse(failures.failed("203.0.113.9").limited(), "the budget refills");
        assertTrue(failures.failed("203.0.113.9").limited());
    }

    @Test
    void oneAuditEntryPerAddressAndIntervalCarriesTheCountOfTheRest() {
        int recorded = 0;
        for (int i = 0; i < 300; i++) {
            if (failures.failed("203.0.113.9").record()) {
                recorded++;
            }
        }
        assertEquals(1, recorded, "the first failure of the interval is recorded, the others counted");

        advance(FailedAuthentications.INTERVAL_SECONDS - 1);
        assertFalse(failures.failed("203.0.113.9").record());
        advance(1);
        FailedAuthentications.Outcome next = failures.failed("203.0.113.9");
        assertTrue(next.record());
        assertEquals(300, next.earlierUncounted(), "299 of the burst and one later, not recorded one by one");

        advance(FailedAuthentications.INTERVAL_SECONDS);
        FailedAuthentications.Outcome alone = failures.failed("203.0.113.9");
        assertTrue(alone.record());
        assertEquals(0, alone.earlierUncounted());
    }
}
