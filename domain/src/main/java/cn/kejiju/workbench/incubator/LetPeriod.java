package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.shared.RuleViolationException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days a unit is let for, both ends included. Two periods overlap when they share at least one day:
 * a letting that ends on the 15th and one that starts on the 16th do not.
 */
public record LetPeriod(LocalDate start, LocalDate end) {

    /** The longest agreement: 10 years. */
    public static final int MAX_YEARS = 10;

    public LetPeriod {
        if (start == null) {
            throw new RuleViolationException("field.required", "startDate");
        }
        if (end == null) {
            throw new RuleViolationException("field.required", "endDate");
        }
        if (end.isBefore(start)) {
            throw new RuleViolationException("period.order", "endDate");
        }
        if (end.isAfter(start.plusYears(MAX_YEARS))) {
            throw new RuleViolationException("incubator.agreement.tooLong", "endDate", MAX_YEARS);
        }
    }

    public boolean overlaps(LetPeriod other) {
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** The months the period is billed for: started months, counted from the start day. */
    public int months() {
        long whole = ChronoUnit.MONTHS.between(start, end.plusDays(1));
        return (int) (start.plusMonths(whole).isAfter(end) ? whole : whole + 1);
    }
}
