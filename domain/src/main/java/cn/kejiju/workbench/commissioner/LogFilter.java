package cn.kejiju.workbench.commissioner;

import java.time.LocalDate;

/**
 * What a list of service logs is narrowed to; every part is optional; the dates bound the service date.
 * {@code draftsHidden} leaves the drafts out (for everyone but the clerks who write them).
 */
public record LogFilter(Long commissionerId, Long assignmentId, LogStatus status, ServiceKind kind,
                        LocalDate from, LocalDate to, String text, boolean draftsHidden) {

    public LogFilter(Long commissionerId, Long assignmentId, LogStatus status, ServiceKind kind,
                     LocalDate from, LocalDate to, String text) {
        this(commissionerId, assignmentId, status, kind, from, to, text, false);
    }

    public static LogFilter none() {
        return new LogFilter(null, null, null, null, null, null, null);
    }

    public static LogFilter awaitingReview() {
        return new LogFilter(null, null, LogStatus.SUBMITTED, null, null, null, null);
    }

    /** The same filter without the drafts. */
    public LogFilter withoutDrafts() {
        return new LogFilter(commissionerId, assignmentId, status, kind, from, to, text, true);
    }
}
