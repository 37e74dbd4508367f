package cn.kejiju.workbench.audit;

import cn.kejiju.workbench.shared.RuleViolationException;

import java.time.LocalDateTime;

/**
 * What an auditor searches the trail for; every part is optional. {@code actor}, {@code recordType}
 * and {@code recordId} match exactly; the time range includes {@code from} and excludes {@code to},
 * which must come after it.
 */
public record AuditQuery(
        String actor,
        LocalDateTime from,
        LocalDateTime to,
        AuditAction action,
        String recordType,
        String recordId) {

    public AuditQuery {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new RuleViolationException("audit.timeRange", "to");
        }
        actor = blankToNull(actor);
        recordType = blankToNull(recordType);
        recordId = blankToNull(recordId);
    }

    public static AuditQuery none() {
        return new AuditQuery(null, null, null, null, null, null);
    }

    /** The entries about one record. */
    public static AuditQuery ofRecord(String recordType, String recordId) {
        return new AuditQuery(null, null, null, null, recordType, recordId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
