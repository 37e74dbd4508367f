package cn.kejiju.workbench.security;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tokens and the policy come from memory while fresh; forgetting or age loads them again. */
class AuthenticationCacheTest {

    private final AtomicInteger loads = new AtomicInteger();

    private AuthenticationCache cache(int seconds) {
        AuthenticationCache cache = new AuthenticationCache();
        cache.seconds = seconds;
        return cache;
    }

    private Optional<AuthenticationCache.CachedToken> load(String prefix) {
        loads.incrementAndGet();
        return Optional.of(new AuthenticationCache.CachedToken(null, null, java.util.Set.of(prefix)));
    }

    @Test
    void aTokenIsReadOnceWhileFresh() {
        AuthenticationCache cache = cache(5);
        Optional<AuthenticationCache.CachedToken> first = cache.token("wbt_abc", this::load);
        assertSame(first.get(), cache.token("wbt_abc", this::load).get());
        assertEquals(1, loads.get());
    }

    @Test
    void aForgottenTokenIsReadAgain() {
        AuthenticationCache cache = cache(5);
        cache.token("wbt_abc", this::load);
        cache.forgetToken("wbt_abc");
        cache.token("wbt_abc", this::load);
        assertEquals(2, loads.get());
    }

    @Test
    void anUnknownTokenIsNotRemembered() {
        AuthenticationCache cache = cache(5);
        assertTrue(cache.token("wbt_nope", p -> {
            loads.incrementAndGet();
            return Optional.empty();
        }).isEmpty());
        cache.token("wbt_nope", this::load);
        assertEquals(2, loads.get(), "a token created after a miss is found at once");
    }

    @Test
    void thePolicyIsReadOnceWhileFreshAndAgainOnceForgottenOrOld() {
        AuthenticationCache cache = cache(5);
        PasswordPolicy policy = PasswordPolicy.defaults();
        cache.policy(() -> {
            loads.incrementAndGet();
            return policy;
        });
        assertSame(policy, cache.policy(() -> {
            loads.incrementAndGet();
            return policy;
        }));
        assertEquals(1, loads.get());
        cache.forgetPolicy();
        cache.policy(() -> {
            loads.incrementAndGet();
            return policy;
        });
        assertEquals(2, loads.get());

        AuthenticationCache noMemory = cache(0);
        noMemory.policy(PasswordPolicy::defaults);
        noMemory.policy(() -> {
            loads.incrementAndGet();
            return policy;
        });
        assertEquals(3, loads.get(), "an entry of no seconds is always old");
    }
}
