package cn.kejiju.workbench.commissioner;

import java.time.LocalDate;

/**
 * What a list of commissioners is narrowed to; every part is optional. {@code text} matches the name,
 * the employer or a specialty. The period parts pick the commissioners a period's figures count, as the work
 * summary counts them: {@code servingFrom} / {@code servingTo} those posted on or before {@code servingTo} and
 * not ended before {@code servingFrom} (both the same day: those serving on that day), {@code postedFrom} those
 * posted on or after it.
 */
public record CommissionerFilter(String text, ServiceField field, CommissionerKind kind, DispatchLevel dispatchLevel,
                                 CommissionerStatus status, Long countyId, LocalDate servingFrom, LocalDate servingTo,
                                 LocalDate postedFrom) {

    /** A filter without period parts. */
    public CommissionerFilter(String text, ServiceField field, CommissionerKind kind, DispatchLevel dispatchLevel,
                              CommissionerStatus status, Long countyId) {
        this(text, field, kind, dispatchLevel, status, countyId, null, null, null);
    }

    public static CommissionerFilter none() {
        return new CommissionerFilter(null, null, null, null, null, null);
    }
}
