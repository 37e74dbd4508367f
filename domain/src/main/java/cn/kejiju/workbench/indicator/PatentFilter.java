package cn.kejiju.workbench.indicator;

import java.time.LocalDate;

/**
 * What the patent list is narrowed to; every part optional: county, enterprise, type, status, year applied,
 * and text found in the number, the title or the enterprise's name. The period parts pick the patents a period's
 * figures count, as the work summary and the statistics count them: {@code appliedFrom} / {@code appliedTo} those
 * filed on a day between them, {@code grantedFrom} / {@code grantedTo} those granted on a day between them
 * (whatever their status since).
 */
public record PatentFilter(Long countyId, Long enterpriseId, PatentType type, PatentStatus status, Integer year,
                           String text, LocalDate appliedFrom, LocalDate appliedTo, LocalDate grantedFrom,
                           LocalDate grantedTo) {

    /** A filter without period parts. */
    public PatentFilter(Long countyId, Long enterpriseId, PatentType type, PatentStatus status, Integer year,
                        String text) {
        this(countyId, enterpriseId, type, status, year, text, null, null, null, null);
    }

    public static PatentFilter ofEnterprise(long enterpriseId) {
        return new PatentFilter(null, enterpriseId, null, null, null, null);
    }

    /** This filter for the county given (the caller's, as the guard checked it). */
    public PatentFilter inCounty(Long county) {
        return new PatentFilter(county, enterpriseId, type, status, year, text, appliedFrom, appliedTo, grantedFrom,
                grantedTo);
    }
}
