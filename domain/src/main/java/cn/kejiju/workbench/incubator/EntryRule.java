package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.shared.RuleViolationException;

import java.time.LocalDate;

/**
 * The entry rule: an enterprise applies at most {@code maxAgeMonths} months after it was founded
 * (24 by default), and not before.
 */
public record EntryRule(int maxAgeMonths) {

    public static final int DEFAULT_MAX_AGE_MONTHS = 24;
    public static final int MAX_AGE_LIMIT = 240;

    public EntryRule {
        if (maxAgeMonths < 1 || maxAgeMonths > MAX_AGE_LIMIT) {
            throw new RuleViolationException("field.range", "maxAgeMonths", 1, MAX_AGE_LIMIT);
        }
    }

    /** The earliest founding day an application made on {@code appliedOn} accepts. */
    public LocalDate earliestFounding(LocalDate appliedOn) {
        return appliedOn.minusMonths(maxAgeMonths);
    }

    /** Refuses a founding day after the application day or more than the rule's months before it. */
    public void check(LocalDate foundedOn, LocalDate appliedOn) {
        if (foundedOn == null) {
            throw new RuleViolationException("field.required", "foundedOn");
        }
        if (foundedOn.isAfter(appliedOn)) {
            throw new RuleViolationException("incubator.entry.foundedLater", "foundedOn", appliedOn);
        }
        LocalDate earliest = earliestFounding(appliedOn);
        if (foundedOn.isBefore(earliest)) {
            throw new RuleViolationException("incubator.entry.tooOld", "foundedOn", maxAgeMonths, foundedOn,
                    appliedOn, earliest);
        }
    }
}
