package cn.kejiju.workbench.financing;

import java.time.LocalDate;

/**
 * What a loan list is narrowed to: a county, a status, a guarantee company, an application, part of a name, and the
 * days its compensation (代偿) was paid between ({@code compensatedTo} alone: by that day): the loans the work
 * summary's compensation figures count, as the financing statistics count them.
 */
public record LoanFilter(Long countyId, LoanStatus status, Long guarantorId, Long applicationId, String text,
                         LocalDate compensatedFrom, LocalDate compensatedTo) {

    /** A filter without the compensation's days. */
    public LoanFilter(Long countyId, LoanStatus status, Long guarantorId, Long applicationId, String text) {
        this(countyId, status, guarantorId, applicationId, text, null, null);
    }

    public static LoanFilter all() {
        return new LoanFilter(null, null, null, null, null);
    }

    /** This filter for the county given (the caller's, as the guard checked it). */
    public LoanFilter inCounty(Long county) {
        return new LoanFilter(county, status, guarantorId, applicationId, text, compensatedFrom, compensatedTo);
    }
}
