package cn.kejiju.workbench.audit;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the chain: the sequence number and hash of the last entry, in the one row of
 * {@code audit_chain_head} the migration creates (sequence 0, {@link AuditChain#GENESIS_HASH}).
 * Appending locks this row, so concurrent writers take turns and the chain never forks; and because
 * it moves in the same transaction as the entry it names, it also tells when the last entries of
 * the table have been removed, which the entries alone cannot show.
 */
@Entity
@Table(name = "audit_chain_head")
@Cacheable(false)
public class AuditChainHead {

    /** The key of the one row. */
    public static final int ID = 1;

    @Id
    private int id;

    @Column(nullable = false)
    private long seq;

    @Column(nullable = false, length = AuditEntry.HASH_LENGTH)
    private String hash;

    protected AuditChainHead() {
        // for JPA
    }

    /** A head as a value, e.g. the genesis head or one read elsewhere; not for persisting. */
    public AuditChainHead(long seq, String hash) {
        this.id = ID;
        this.seq = seq;
        this.hash = hash;
    }

    /** Moves the head to {@code entry}, which must be the very next entry of the chain. */
    public void advance(AuditEntry entry) {
        if (entry.getSeq() != seq + 1 || !entry.getPreviousHash().equals(hash)) {
            throw new IllegalStateException("entry " + entry.getSeq() + " does not follow the head at " + seq);
        }
        this.seq = entry.getSeq();
        this.hash = entry.getHash();
    }

    /** The sequence number of the last entry; 0 while the trail is empty. */
    public long getSeq() {
        return seq;
    }

    public String getHash() {
        return hash;
    }
}
