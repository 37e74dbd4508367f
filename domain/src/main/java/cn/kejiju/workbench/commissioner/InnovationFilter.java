package cn.kejiju.workbench.commissioner;

import java.time.LocalDate;

/**
 * What a list of varieties and technologies is narrowed to; null parts narrow nothing. {@code text} matches the
 * name or its pinyin initials. {@code introducedFrom} / {@code introducedTo} keep the items an approved service log
 * of their county introduced on a day between them: the items the work summary's {@code varieties} and
 * {@code technologies} count, as the commissioner statistics count them.
 */
public record InnovationFilter(Long countyId, InnovationKind kind, String text, LocalDate introducedFrom,
                               LocalDate introducedTo) {

    /** A filter without the period. */
    public InnovationFilter(Long countyId, InnovationKind kind, String text) {
        this(countyId, kind, text, null, null);
    }

    /** Whether only items introduced within a period are kept. */
    public boolean introducedInPeriod() {
        return introducedFrom != null || introducedTo != null;
    }
}
