package cn.kejiju.workbench.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What authentication reads on every API call, held in memory so that a warm call sends no SQL: the
 * integrator tokens by prefix (with the principal and groups they sign in as) and the security policy.
 *
 * <p>An entry lives {@code workbench.security.cache-seconds} (5 by default). Revoking a token or
 * changing the policy forgets the entry on this server at once and again when the transaction has
 * committed, so the next call reads the new state; another server of a cluster holds its copy until
 * the entry's time is up, so a revoked or expired token stops working there within those seconds.
 * Expiry itself is checked against the clock on every call, never cached.
 */
@ApplicationScoped
public class AuthenticationCache {

    /** A token as authentication needs it; the entity is detached and only read. */
    public record CachedToken(ApiToken token, WorkbenchPrincipal principal, java.util.Set<String> groups) {
    }

    private record Entry<T>(T value, long loadedAt) {
    }

    @Inject
    @ConfigProperty(name = "workbench.security.cache-seconds", defaultValue = "5")
    int seconds;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final ConcurrentHashMap<String, Entry<Optional<CachedToken>>> tokens = new ConcurrentHashMap<>();
    private volatile Entry<PasswordPolicy> policy;

    /** The token with this prefix, from memory while fresh, else from the loader. */
    public Optional<CachedToken> token(String prefix, Function<String, Optional<CachedToken>> loader) {
        Entry<Optional<CachedToken>> entry = tokens.get(prefix);
        if (entry == null || stale(entry)) {
            Optional<CachedToken> loaded = loader.apply(prefix);
            if (loaded.isEmpty()) {
                tokens.remove(prefix);
                return loaded;
            }
            entry = new Entry<>(loaded, System.nanoTime());
            tokens.put(prefix, entry);
        }
        return entry.value();
    }

    public PasswordPolicy policy(Supplier<PasswordPolicy> loader) {
        Entry<PasswordPolicy> entry = policy;
        if (entry == null || stale(entry)) {
            entry = new Entry<>(loader.get(), System.nanoTime());
            policy = entry;
        }
        return entry.value();
    }

    /** Forgets the token now and once the current transaction has ended. */
    public void forgetToken(String prefix) {
        tokens.remove(prefix);
        afterTransaction(() -> tokens.remove(prefix));
    }

    /** Forgets the policy now and once the current transaction has ended. */
    public void forgetPolicy() {
        policy = null;
        afterTransaction(() -> policy = null);
    }

    private boolean stale(Entry<?> entry) {
        return System.nanoTime() - entry.loadedAt() > TimeUnit.SECONDS.toNanos(seconds);
    }

    private void afterTransaction(Runnable forget) {
        if (transactions == null || transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                forget.run();
            }
        });
    }
}
