package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.shared.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.util.function.Supplier;

/**
 * Turns what the database refuses into conflicts a clerk can act on. Services flush inside their
 * transaction so that a unique key, a foreign key or a concurrent edit shows up as a
 * {@link ConflictException} (409) instead of a failed commit (500).
 */
@ApplicationScoped
public class Persistence {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    /**
     * Flushes; an optimistic-lock failure becomes a stale-version conflict on the record, any other
     * refusal (unique or foreign key) the given conflict.
     */
    public void flush(String recordType, Object id, Supplier<ConflictException> onConstraintViolation) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw ConflictException.staleVersion(recordType, id);
        } catch (PersistenceException e) {
            throw onConstraintViolation.get();
        }
    }

    /** Refuses an edit that was based on another version than the stored one. */
    public void checkVersion(String recordType, Object id, Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw ConflictException.staleVersion(recordType, id);
        }
    }
}
