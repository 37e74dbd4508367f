package cn.kejiju.workbench.commissioner;

import java.time.LocalDate;

/** What a list of service logs is narrowed to; every part is optional; the dates bound the service date. */
public record LogFilter(Long commissionerId, Long assignmentId, LogStatus status, ServiceKind kind,
                        LocalDate from, LocalDate to, String text) {

    public static LogFilter none() {
        return new LogFilter(null, null, null, null, null, null, null);
    }

    public static LogFilter awaitingReview() {
        return new LogFilter(null, null, LogStatus.SUBMITTED, null, null, null, null);
    }
}
