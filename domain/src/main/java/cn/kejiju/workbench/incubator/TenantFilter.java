package cn.kejiju.workbench.incubator;

import java.time.LocalDate;

/**
 * What the list of tenants is narrowed to; every part is optional. Without a day part it lists the running
 * incubations (today's tenants). The day parts pick those a period's figures count, as the incubator statistics
 * count them, whether running today or not: {@code asOf} the tenants on that day (entered by it, not exited before
 * it), {@code enteredFrom} / {@code enteredTo} those that entered on a day between them, {@code graduatedFrom} /
 * {@code graduatedTo} those that graduated (毕业) on a day between them ({@code graduatedTo} alone: by that day).
 */
public record TenantFilter(Long countyId, Long carrierId, String text, LocalDate asOf, LocalDate enteredFrom,
                           LocalDate enteredTo, LocalDate graduatedFrom, LocalDate graduatedTo) {

    /** A filter of today's tenants. */
    public TenantFilter(Long countyId, Long carrierId, String text) {
        this(countyId, carrierId, text, null, null, null, null, null);
    }

    public static TenantFilter none() {
        return new TenantFilter(null, null, null);
    }

    /** Whether a day part is set (then the list is of those days, not of today's tenants). */
    public boolean byDays() {
        return asOf != null || enteredFrom != null || enteredTo != null || graduatedFrom != null || graduatedTo != null;
    }

    /** This filter for the county given (the caller's, as the guard checked it). */
    public TenantFilter inCounty(Long county) {
        return new TenantFilter(county, carrierId, text, asOf, enteredFrom, enteredTo, graduatedFrom, graduatedTo);
    }
}
