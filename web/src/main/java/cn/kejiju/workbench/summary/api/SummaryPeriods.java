package cn.kejiju.workbench.summary.api;

import cn.kejiju.workbench.platform.BadParameterException;
import cn.kejiju.workbench.shared.RuleViolationException;
import cn.kejiju.workbench.summary.SummaryPeriod;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The period of a summary request: from and to (yyyy-mm-dd), or a year with an optional half (1 or 2). */
public final class SummaryPeriods {

    private SummaryPeriods() {
    }

    public static SummaryPeriod of(String from, String to, Integer year, Integer half) {
        if (from != null || to != null) {
            return SummaryPeriod.custom(day(from, "from"), day(to, "to"));
        }
        if (year == null) {
            throw new RuleViolationException("field.required", half == null ? "from" : "year");
        }
        if (year < 1 || year > 9999) {
            throw new RuleViolationException("field.range", "year", 1, 9999);
        }
        return half == null ? SummaryPeriod.year(year) : SummaryPeriod.half(year, half);
    }

    private static LocalDate day(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, e);
        }
    }
}
