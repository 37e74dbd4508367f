package cn.kejiju.workbench.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Objects;

/**
 * A target against the figure's actual value for the year to date: the share done in percent (one decimal; null
 * for a target of zero) and the pro-rata expectation, the target × days elapsed / days in the year (before the
 * year none, after it all of them).
 *
 * @param target        the year's target
 * @param actual        the figure from January 1 to {@code asOf} (the whole year once it is past)
 * @param percent       actual / target × 100, one decimal, half up; null when the target is zero
 * @param expected      what the target asks by {@code asOf}, pro rata of the days, two decimals
 * @param behindProRata the actual is below the pro-rata expectation
 * @param asOf          the day the progress is measured on
 */
public record TargetProgress(BigDecimal target, BigDecimal actual, BigDecimal percent, BigDecimal expected,
                             boolean behindProRata, int year, LocalDate asOf) implements java.io.Serializable {

    /** From this month of the target's year on, a target behind pro rata is a leader's to-do. */
    public static final Month WARNING_FROM = Month.OCTOBER;

    public static TargetProgress of(BigDecimal target, BigDecimal actual, int year, LocalDate today) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(actual, "actual");
        BigDecimal percent = target.signum() == 0 ? null
                : actual.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
        int days = Year.of(year).length();
        BigDecimal expected = target.multiply(BigDecimal.valueOf(daysElapsed(year, today)))
                .divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
        return new TargetProgress(target, actual, percent, expected, actual.compareTo(expected) < 0, year, today);
    }

    /** Days of {@code year} gone by {@code today}, today included: 0 before the year, all after it. */
    public static int daysElapsed(int year, LocalDate today) {
        if (today.getYear() < year) {
            return 0;
        }
        if (today.getYear() > year) {
            return Year.of(year).length();
        }
        return today.getDayOfYear();
    }

    /** The last day of the year to date: {@code today} within the year, December 31 after it; null before it. */
    public static LocalDate yearToDate(int year, LocalDate today) {
        if (today.getYear() < year) {
            return null;
        }
        return today.getYear() > year ? LocalDate.of(year, 12, 31) : today;
    }

    /** From October 1 of the target's year to its end, a target behind pro rata warns the leaders. */
    public boolean warns() {
        return behindProRata && asOf.getYear() == year && asOf.getMonthValue() >= WARNING_FROM.getValue();
    }

    /** The percent done, capped at 100, for a progress bar. */
    public int bar() {
        if (percent == null) {
            return 100;
        }
        return percent.min(BigDecimal.valueOf(100)).max(BigDecimal.ZERO).intValue();
    }
}
