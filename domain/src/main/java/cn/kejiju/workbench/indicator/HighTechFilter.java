package cn.kejiju.workbench.indicator;

import java.time.LocalDate;

/**
 * What the high-tech pipeline list is narrowed to; every part optional: county, stage, certificates (in master
 * data) still valid on or after {@code today} and expiring by {@code expiringBy}, text in the enterprise's name,
 * and the recognitions issued (发证) from {@code issuedFrom} to {@code issuedTo} (a period's new recognitions, as the
 * work summary and the statistics count them).
 */
public record HighTechFilter(Long countyId, HighTechStage stage, LocalDate today, LocalDate expiringBy, String text,
                             LocalDate issuedFrom, LocalDate issuedTo) {

    /** A filter without the days issued. */
    public HighTechFilter(Long countyId, HighTechStage stage, LocalDate today, LocalDate expiringBy, String text) {
        this(countyId, stage, today, expiringBy, text, null, null);
    }
}
