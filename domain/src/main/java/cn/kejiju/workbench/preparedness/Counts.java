package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.shared.RuleViolationException;

/** Count and goal rules for what the preparedness clerk enters (text rules: the shared {@code Fields}). */
final class Counts {

    /** The largest count a clerk may enter (people, copies, minutes). */
    static final int COUNT_MAX = 10_000_000;

    private Counts() {
    }

    /** A count from 0 (or 1 when {@code positive}) to {@link #COUNT_MAX}; null reads as 0 unless positive. */
    static int count(Integer value, String field, boolean positive) {
        if (value == null) {
            if (positive) {
                throw new RuleViolationException("field.required", field);
            }
            return 0;
        }
        if (value < (positive ? 1 : 0) || value > COUNT_MAX) {
            throw new RuleViolationException("field.range", field, positive ? 1 : 0, COUNT_MAX);
        }
        return value;
    }

    /** A goal: absent (no goal) or 1 to {@link #COUNT_MAX}. */
    static Integer goal(Integer value, String field) {
        return value == null ? null : count(value, field, true);
    }
}
