package cn.kejiju.workbench.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.function.Supplier;

/**
 * Runs work in a transaction of its own, committed (or rolled back, on an unchecked exception)
 * before the caller's transaction goes on: for what must be stored even when the caller fails.
 */
@ApplicationScoped
public class NewTransaction {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T call(Supplier<T> work) {
        return work.get();
    }
}
