package cn.kejiju.workbench.project;

import java.time.LocalDate;

/**
 * What the county plan's list is filtered by; null fields filter nothing. {@code overdue}: only projects under
 * contract with something due before today; {@code text}: part of the title or the applicant's name. The period
 * parts pick the projects a period's figures count, as the work summary counts them: {@code establishedFrom} /
 * {@code establishedTo} those established (立项) on a day between them (the plan's approvals and their grants),
 * {@code paidFrom} / {@code paidTo} those with a tranche paid (拨付) on a day between them.
 */
public record PlanFilter(Long countyId, Long callId, Integer year, PlanStatus status, boolean overdue, String text,
                         LocalDate establishedFrom, LocalDate establishedTo, LocalDate paidFrom, LocalDate paidTo) {

    public static final PlanFilter ALL = new PlanFilter(null, null, null, null, false, null);

    /** A filter without period parts. */
    public PlanFilter(Long countyId, Long callId, Integer year, PlanStatus status, boolean overdue, String text) {
        this(countyId, callId, year, status, overdue, text, null, null, null, null);
    }

    /** This filter for the county given (the caller's, as the guard checked it). */
    public PlanFilter inCounty(Long county) {
        return new PlanFilter(county, callId, year, status, overdue, text, establishedFrom, establishedTo, paidFrom,
                paidTo);
    }
}
