package cn.kejiju.workbench.audit;

import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;

import java.util.List;

/**
 * Where the audit trail is kept. Entries are added and read, never changed or removed: there is no
 * method for either.
 */
public interface AuditRepository {

    /**
     * The chain head, locked until the current transaction ends, so that no other writer appends
     * meanwhile. Requires a transaction.
     */
    AuditChainHead lockHead();

    /** The chain head as last committed, without a lock. */
    AuditChainHead head();

    void add(AuditEntry entry);

    /** At most {@code max} entries with sequence numbers from {@code fromSeq} to {@code toSeq}, in order. */
    List<AuditEntry> range(long fromSeq, long toSeq, int max);

    /** A page of the entries the query matches, newest first. */
    Page<AuditEntry> page(AuditQuery query, PageRequest request);

    long count(AuditQuery query);
}
