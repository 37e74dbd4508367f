package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.shared.RuleViolationException;

/** Trimming, length and count rules for what the preparedness clerk enters. */
final class Fields {

    /** The largest count a clerk may enter (people, copies, minutes). */
    static final int COUNT_MAX = 10_000_000;

    private Fields() {
    }

    static String required(String value, String field, int max) {
        String result = optional(value, field, max);
        if (result == null) {
            throw new RuleViolationException("field.required", field);
        }
        return result;
    }

    static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new RuleViolationException("field.tooLong", field, max);
        }
        return trimmed;
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new RuleViolationException("field.required", field);
        }
        return value;
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
