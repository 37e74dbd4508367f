package cn.kejiju.workbench.security.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A token may burst up to its rate per second, then waits; every token has a bucket of its own. */
class TokenRateLimiterTest {

    private final TokenRateLimiter limiter = new TokenRateLimiter();

    @Test
    void aTokenMayBurstUpToItsRateAndTheNextRequestAtOnceIsRefused() {
        for (int i = 0; i < 5; i++) {
            assertTrue(limiter.tryAcquire(1, 5), "request " + (i + 1));
        }
        assertFalse(limiter.tryAcquire(1, 5));
    }

    @Test
    void anotherTokenIsNotHeldBackByTheFirstsBurst() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire(1, 3);
        }
        assertFalse(limiter.tryAcquire(1, 3));
        assertTrue(limiter.tryAcquire(2, 3));
    }

    @Test
    void aRefusedTokenIsToldToComeBackInASecond() throws InterruptedException {
        limiter.tryAcquire(1, 1);
        assertFalse(limiter.tryAcquire(1, 1));
        assertEquals(1, limiter.retryAfterSeconds());

        Thread.sleep(1_050);

        assertTrue(limiter.tryAcquire(1, 1));
    }
}
