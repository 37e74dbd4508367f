package cn.kejiju.workbench.financing;

import java.time.LocalDate;

/**
 * What the application list is filtered by; null fields filter nothing. The period parts pick the applications a
 * period's financing figures count, as the work summary counts them: {@code guaranteedFrom} / {@code guaranteedTo}
 * those whose guarantee in force (担保生效) started on a day between them ({@code guaranteedTo} alone: by that day,
 * the cumulative figures); {@code guaranteedOn} those whose guarantee in force runs on that day (started by it, its
 * last day not before it: the outstanding figure).
 */
public record ApplicationFilter(Long countyId, ApplicationStatus status, Long guarantorId, String text,
                                LocalDate guaranteedFrom, LocalDate guaranteedTo, LocalDate guaranteedOn) {

    public static final ApplicationFilter ALL = new ApplicationFilter(null, null, null, null);

    /** A filter without period parts. */
    public ApplicationFilter(Long countyId, ApplicationStatus status, Long guarantorId, String text) {
        this(countyId, status, guarantorId, text, null, null, null);
    }

    public static ApplicationFilter awaitingDecision() {
        return new ApplicationFilter(null, ApplicationStatus.AWAITING_DECISION, null, null);
    }

    /** This filter for the county given (the caller's, as the guard checked it). */
    public ApplicationFilter inCounty(Long county) {
        return new ApplicationFilter(county, status, guarantorId, text, guaranteedFrom, guaranteedTo, guaranteedOn);
    }
}
