package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.shared.RuleViolationException;

import java.time.LocalDate;

/** The days a statistics report covers, both ends included: a half-year, a year, or any span up to ten years. */
public record StatisticsPeriod(LocalDate from, LocalDate to) {

    public static final int MAX_YEARS = 10;

    public StatisticsPeriod {
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
    }

    public static StatisticsPeriod year(int year) {
        return new StatisticsPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The first (1) or second (2) half of a year, as work summaries report them (上半年 / 下半年). */
    public static StatisticsPeriod half(int year, int half) {
        if (half != 1 && half != 2) {
            throw new RuleViolationException("period.half", "half");
        }
        return half == 1
                ? new StatisticsPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30))
                : new StatisticsPeriod(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
    }

    /** The year whose quota the report checks: the year the period ends in. */
    public int quotaYear() {
        return to.getYear();
    }
}
