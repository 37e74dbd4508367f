package cn.kejiju.workbench.audit.api;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDateTime;
import java.util.List;

/** An audit entry as the API shows it; personal values in the changes are masked. */
@Schema(name = "AuditEntry")
public record AuditEntryResponse(
        @Schema(description = "Sequence number in the chain, from 1, without gaps") long seq,
        @Schema(description = "Bureau local time") LocalDateTime occurredAt,
        @Schema(description = "User or token name; anonymous, or system for the application itself") String actor,
        @Schema(description = "12-digit code of the division the record belongs to") String jurisdictionCode,
        AuditAction action,
        String recordType,
        String recordId,
        List<Change> changes,
        String detail,
        @Schema(description = "Hex SHA-256 of the entry before") String previousHash,
        @Schema(description = "Hex SHA-256 of this entry's content and previousHash") String hash) {

    /** One changed field; a missing before or after means the field had no value. */
    @Schema(name = "AuditFieldChange")
    public record Change(String field, String before, String after) {
    }

    static AuditEntryResponse of(AuditEntry entry) {
        return new AuditEntryResponse(
                entry.getSeq(),
                entry.getOccurredAt(),
                entry.getActor(),
                entry.getJurisdictionCode(),
                entry.getAction(),
                entry.getRecordType(),
                entry.getRecordId(),
                entry.getChanges().stream().map(c -> new Change(c.field(), c.before(), c.after())).toList(),
                entry.getDetail(),
                entry.getPreviousHash(),
                entry.getHash());
    }
}
