package cn.kejiju.workbench.audit;

import cn.kejiju.workbench.platform.NewTransaction;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.constraints.NotNull;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The audit trail itself: every context tells it what happened, and it appends an entry to the
 * hash chain. Internal to the application, so it has no role restriction (reading the trail does:
 * {@link AuditService}).
 *
 * <p>Appending locks the chain head until the transaction ends, takes the next sequence number and
 * the head's hash, writes the entry and moves the head: concurrent writers take turns and the chain
 * never forks. Call it last in a use case, so that the head stays locked as briefly as possible.
 *
 * <p>The actor is the logged-in caller ({@code anonymous} when there is none) unless the event names
 * one.
 */
@Stateless
public class AuditTrail {

    /** Entries read at a time while verifying. */
    static final int BATCH = 1000;
    private static final String HEAD_LOCKED = AuditTrail.class.getName() + ".headLocked";
    /** The name GlassFish-derived servers give the caller of an unauthenticated EJB call. */
    private static final String CONTAINER_ANONYMOUS = "ANONYMOUS";

    @Inject
    AuditRepository entries;

    @Inject
    Clock clock;

    @Inject
    SecurityContext securityContext;

    @Inject
    NewTransaction newTransaction;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Records a change or event as part of the caller's transaction: the entry is there if and only
     * if the caller's work commits. This is the call for creating, updating and deleting records.
     *
     * @return the entry written
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public AuditEntry record(@NotNull AuditEvent event) {
        return append(event, actorOf(event));
    }

    /**
     * Records an event in a transaction of its own, committed at once: the entry stays even when
     * the caller's request then fails or rolls back. This is the call for failed logins, lockouts,
     * denied access and rejected tokens.
     *
     * <p>Not from a transaction that has already called {@link #record}: that transaction holds the
     * chain head until it ends, so the new one would wait for it forever; this is refused with an
     * {@link IllegalStateException} instead. Record independently first, or record both in the
     * caller's transaction.
     *
     * @return the entry written
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AuditEntry recordIndependently(@NotNull AuditEvent event) {
        if (transactions.getTransactionKey() != null && transactions.getResource(HEAD_LOCKED) != null) {
            throw new IllegalStateException("This transaction holds the audit chain head (it called record);"
                    + " recordIndependently would wait for it forever. Record independently before record.");
        }
        String actor = actorOf(event);
        return newTransaction.call(() -> append(event, actor));
    }

    private AuditEntry append(AuditEvent event, String actor) {
        AuditChainHead head = entries.lockHead();
        transactions.putResource(HEAD_LOCKED, Boolean.TRUE);
        AuditEntry entry = new AuditEntry(head.getSeq() + 1, head.getHash(), LocalDateTime.now(clock), actor,
                event.jurisdictionCode(), event.action(), event.recordType(), event.recordId(), event.changes(),
                event.detail());
        head.advance(entry);
        entries.add(entry);
        return entry;
    }

    private String actorOf(AuditEvent event) {
        if (event.actor() != null && !event.actor().isBlank()) {
            return event.actor();
        }
        Principal caller = securityContext.getCallerPrincipal();
        if (caller == null || caller.getName() == null || caller.getName().isBlank()
                || CONTAINER_ANONYMOUS.equals(caller.getName())) {
            return AuditEvent.ANONYMOUS;
        }
        return caller.getName();
    }

    /**
     * Checks the chain from sequence number {@code fromSeq} to the head as committed when the check
     * starts (later entries are left for the next check). From 1, the first entry must link to the
     * genesis hash; from further on, the first entry's link is taken on trust. Reads {@value #BATCH}
     * entries at a time, outside any transaction, so that memory stays flat however long the trail.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ChainVerification verify(long fromSeq) {
        long from = Math.max(1, fromSeq);
        AuditChainHead head = entries.head();
        return AuditChain.verify(entriesBetween(from, head.getSeq()), from,
                from == 1 ? AuditChain.GENESIS_HASH : null, head);
    }

    private Iterator<AuditEntry> entriesBetween(long fromSeq, long toSeq) {
        return new Iterator<>() {
            private long next = fromSeq;
            private Iterator<AuditEntry> batch = Collections.emptyIterator();
            private boolean exhausted = fromSeq > toSeq;

            @Override
            public boolean hasNext() {
                if (!batch.hasNext() && !exhausted) {
                    List<AuditEntry> loaded = entries.range(next, toSeq, BATCH);
                    exhausted = loaded.size() < BATCH;
                    if (!loaded.isEmpty()) {
                        next = loaded.get(loaded.size() - 1).getSeq() + 1;
                        batch = loaded.iterator();
                    }
                }
                return batch.hasNext();
            }

            @Override
            public AuditEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return batch.next();
            }
        };
    }
}
