package cn.kejiju.workbench.audit;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the audit trail: who did what to which record, when and where, with the fields it
 * changed (personal values masked). Entries are only ever appended, each with the next sequence
 * number of the chain and the hash of its predecessor; the application has no way to change or
 * remove one (no setters, every column {@code updatable = false}, no delete anywhere). The time is the
 * bureau's local time, to the millisecond, so that what the database keeps is exactly what was hashed.
 */
@Entity
@Table(name = "audit_entry")
@Cacheable(false)
@NamedQuery(name = "AuditEntry.range",
        query = "select e from AuditEntry e where e.seq >= :from and e.seq <= :to order by e.seq")
public class AuditEntry {

    public static final int ACTOR_MAX = 100;
    public static final int ACTION_MAX = 32;
    public static final int RECORD_TYPE_MAX = 60;
    public static final int RECORD_ID_MAX = 64;
    public static final int CHANGES_MAX = 8000;
    public static final int DETAIL_MAX = 500;
    public static final int HASH_LENGTH = 64;
    public static final int JURISDICTION_CODE_LENGTH = 12;

    @Id
    @Column(name = "seq", updatable = false)
    private long seq;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false, updatable = false, length = ACTOR_MAX)
    private String actor;

    @Column(name = "jurisdiction_code", updatable = false, length = JURISDICTION_CODE_LENGTH)
    private String jurisdictionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = ACTION_MAX)
    private AuditAction action;

    @Column(name = "record_type", updatable = false, length = RECORD_TYPE_MAX)
    private String recordType;

    @Column(name = "record_id", updatable = false, length = RECORD_ID_MAX)
    private String recordId;

    @Column(updatable = false, length = CHANGES_MAX)
    private String changes;

    @Column(updatable = false, length = DETAIL_MAX)
    private String detail;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = HASH_LENGTH)
    private String previousHash;

    @Column(nullable = false, updatable = false, length = HASH_LENGTH)
    private String hash;

    protected AuditEntry() {
        // for JPA
    }

    /**
     * The entry with sequence number {@code seq} that follows the entry whose hash is
     * {@code previousHash}; its own hash is computed here. Text that is too long for its column is
     * cut rather than refused: an audit entry is always written.
     *
     * @param jurisdictionCode the 12-digit code of the division the record belongs to, or null
     * @param changes          the changed fields (personal values masked already), or none
     */
    public AuditEntry(long seq, String previousHash, LocalDateTime occurredAt, String actor,
                      String jurisdictionCode, AuditAction action, String recordType, String recordId,
                      List<FieldChange> changes, String detail) {
        if (seq < 1) {
            throw new IllegalArgumentException("sequence numbers start at 1: " + seq);
        }
        if (previousHash == null || !previousHash.matches("[0-9a-f]{" + HASH_LENGTH + "}")) {
            throw new IllegalArgumentException("not a SHA-256 hex hash: " + previousHash);
        }
        if (jurisdictionCode != null && !jurisdictionCode.matches("\\d{" + JURISDICTION_CODE_LENGTH + "}")) {
            throw new IllegalArgumentException("not a 12-digit division code: " + jurisdictionCode);
        }
        this.seq = seq;
        this.previousHash = previousHash;
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MILLIS);
        String who = text(actor, ACTOR_MAX);
        if (who == null) {
            throw new IllegalArgumentException("an audit entry names its actor");
        }
        this.actor = who;
        this.jurisdictionCode = jurisdictionCode;
        this.action = Objects.requireNonNull(action, "action");
        this.recordType = text(recordType, RECORD_TYPE_MAX);
        this.recordId = text(recordId, RECORD_ID_MAX);
        this.changes = FieldChanges.toJson(changes, CHANGES_MAX);
        this.detail = text(detail, DETAIL_MAX);
        this.hash = AuditChain.hash(this);
    }

    /** Blank becomes null; longer than {@code max} is cut, the last character an ellipsis. */
    private static String text(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.length() <= max ? trimmed : FieldChange.cut(trimmed, max - 1);
    }

    public long getSeq() {
        return seq;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    /** The user name or token name; {@code anonymous} when nobody was logged in, {@code system} for the application itself. */
    public String getActor() {
        return actor;
    }

    public String getJurisdictionCode() {
        return jurisdictionCode;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    /** The changed fields, parsed from the stored JSON. */
    public List<FieldChange> getChanges() {
        return FieldChanges.fromJson(changes);
    }

    /** The changed fields exactly as stored and hashed (a JSON array), or null. */
    public String getChangesJson() {
        return changes;
    }

    public String getDetail() {
        return detail;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }

    @Override
    public String toString() {
        return "#" + seq + " " + action + " " + recordType + " " + recordId + " by " + actor;
    }
}
