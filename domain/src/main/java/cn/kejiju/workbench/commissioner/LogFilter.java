package cn.kejiju.workbench.commissioner;

import java.time.LocalDate;

/**
 * What a list of service logs is narrowed to; every part is optional; the dates bound the service date;
 * {@code countyId} is a city user's choice of county. {@code draftsHidden} leaves the drafts out (for
 * everyone but the clerks who write them).
 */
public record LogFilter(Long commissionerId, Long assignmentId, LogStatus status, ServiceKind kind,
                        LocalDate from, LocalDate to, String text, boolean draftsHidden, Long countyId) {

    public LogFilter(Long commissionerId, Long assignmentId, LogStatus status, ServiceKind kind,
                     LocalDate from, LocalDate to, String text, boolean draftsHidden) {
        this(commissionerId, assignmentId, status, kind, from, to, text, draftsHidden, null);
    }

    public LogFilter(Long commissionerId, Long assignmentId, LogStatus status, ServiceKind kind,
                     LocalDate from, LocalDate to, String text) {
        this(commissionerId, assignmentId, status, kind, from, to, text, false, null);
    }

    public static LogFilter none() {
        return new LogFilter(null, null, null, null, null, null, null);
    }

    /** The approval queue (日志审核): every submitted log, of one county when {@code countyId} is given. */
    public static LogFilter awaitingReview() {
        return awaitingReview(null);
    }

    public static LogFilter awaitingReview(Long countyId) {
        return new LogFilter(null, null, LogStatus.SUBMITTED, null, null, null, null, false, countyId);
    }

    /** The same filter without the drafts. */
    public LogFilter withoutDrafts() {
        return new LogFilter(commissionerId, assignmentId, status, kind, from, to, text, true, countyId);
    }

    /** The same filter narrowed to one county (null: every county the caller sees). */
    public LogFilter inCounty(Long county) {
        return new LogFilter(commissionerId, assignmentId, status, kind, from, to, text, draftsHidden, county);
    }
}
