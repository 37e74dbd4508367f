package cn.kejiju.workbench.summary;

import cn.kejiju.workbench.shared.RuleViolationException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days a summary covers, both ends included: the first or second half of a year (上半年 / 下半年), a
 * year, or any span of days up to ten years.
 *
 * <p>The <em>previous period</em> of a half-year is the half before it (H1 2026 → H2 2025), of a year the
 * year before, of a custom span the same number of days ending the day before it starts. The <em>same
 * period last year</em> is the same days one year earlier (29 February becomes 28 February; a half-year's
 * last day stays its last day).
 */
public record SummaryPeriod(LocalDate from, LocalDate to, Kind kind) implements java.io.Serializable {

    public static final int MAX_YEARS = 10;

    /** How the period was chosen, which decides its previous period and how it is named. */
    public enum Kind { FIRST_HALF, SECOND_HALF, YEAR, CUSTOM }

    public SummaryPeriod {
        if (from == null) {
            throw new RuleViolationException("field.required", "from");
        }
        if (to == null) {
            throw new RuleViolationException("field.required", "to");
        }
        if (to.isBefore(from)) {
            throw new RuleViolationException("period.order", "to");
        }
        if (to.isAfter(from.plusYears(MAX_YEARS))) {
            throw new RuleViolationException("period.tooLong", "to", MAX_YEARS);
        }
        kind = kind == null ? Kind.CUSTOM : kind;
    }

    public static SummaryPeriod year(int year) {
        return new SummaryPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Kind.YEAR);
    }

    /** The first (1) or second (2) half of a year. */
    public static SummaryPeriod half(int year, int half) {
        if (half != 1 && half != 2) {
            throw new RuleViolationException("period.half", "half");
        }
        return half == 1
                ? new SummaryPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30), Kind.FIRST_HALF)
                : new SummaryPeriod(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31), Kind.SECOND_HALF);
    }

    public static SummaryPeriod custom(LocalDate from, LocalDate to) {
        return new SummaryPeriod(from, to, Kind.CUSTOM);
    }

    /** The period just before this one (see the class comment). */
    public SummaryPeriod previous() {
        return switch (kind) {
            case FIRST_HALF -> half(from.getYear() - 1, 2);
            case SECOND_HALF -> half(from.getYear(), 1);
            case YEAR -> year(from.getYear() - 1);
            case CUSTOM -> custom(from.minusDays(days()), from.minusDays(1));
        };
    }

    /** The same days one year earlier. */
    public SummaryPeriod sameLastYear() {
        return switch (kind) {
            case FIRST_HALF -> half(from.getYear() - 1, 1);
            case SECOND_HALF -> half(from.getYear() - 1, 2);
            case YEAR -> year(from.getYear() - 1);
            case CUSTOM -> custom(from.minusYears(1), to.minusYears(1));
        };
    }

    /** The number of days, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period as summaries name it: 2026年上半年, 2026年, 2026年3月1日至2026年5月31日. */
    public String worded() {
        return switch (kind) {
            case FIRST_HALF -> from.getYear() + "年上半年";
            case SECOND_HALF -> from.getYear() + "年下半年";
            case YEAR -> from.getYear() + "年";
            case CUSTOM -> Wording.date(from) + "至" + Wording.date(to);
        };
    }
}
