package cn.kejiju.workbench.security.api;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Requests per second per integrator token, as a token bucket: a token may burst up to its rate, then
 * gets one request per 1/rate seconds. Per server instance (a cluster multiplies the limit).
 */
@ApplicationScoped
public class TokenRateLimiter {

    private final ConcurrentMap<Long, Bucket> buckets = new ConcurrentHashMap<>();

    /** Whether the request may go ahead; when not, {@link #retryAfterSeconds()} tells the caller when to come back. */
    public boolean tryAcquire(long tokenId, int ratePerSecond) {
        return buckets.computeIfAbsent(tokenId, id -> new Bucket()).tryAcquire(ratePerSecond, System.nanoTime());
    }

    public int retryAfterSeconds() {
        return 1;
    }

    private static final class Bucket {
        private double available = -1;
        private long updatedNanos;

        synchronized boolean tryAcquire(int rate, long now) {
            if (available < 0) {
                available = rate;
            } else {
                available = Math.min(rate, available + (now - updatedNanos) * rate / 1e9);
            }
            updatedNanos = now;
            if (available >= 1) {
                available -= 1;
                return true;
            }
            return false;
        }
    }
}
