package cn.kejiju.workbench.financing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.function.LongSupplier;

/**
 * The {@code Idempotency-Key} of the POSTs that move money, inside the service's transaction: a key seen before
 * answers the first result's id (the same request) or is refused (another request); a new key is stored (and
 * flushed, so that a concurrent first use of it waits on the unique key and then fails with 409) before the money
 * moves, and completed with the id of what was recorded. Without a key the work just runs.
 */
@ApplicationScoped
public class MoneyKeys {

    @Inject
    LoanRepository loans;

    @Inject
    Clock clock;

    /** What happened to a request: the id of the record it created, and whether it is a replay of the first. */
    public record Outcome(long id, boolean replayed) {
    }

    public Outcome once(String caller, String key, String operation, String fingerprint, LongSupplier work) {
        if (key == null) {
            return new Outcome(work.getAsLong(), false);
        }
        String checked = IdempotencyRecord.checkedKey(key);
        var seen = loans.findKey(caller, checked);
        if (seen.isPresent()) {
            return new Outcome(seen.get().replay(operation, fingerprint), true);
        }
        IdempotencyRecord record = loans.addKey(new IdempotencyRecord(caller, checked, operation, fingerprint, clock));
        record.completed(work.getAsLong());
        return new Outcome(record.getResultId(), false);
    }
}
