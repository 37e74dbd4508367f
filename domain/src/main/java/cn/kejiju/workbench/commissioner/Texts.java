package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.shared.RuleViolationException;

/** Trimming and length rules for free text entered by clerks. */
final class Texts {

    private Texts() {
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
}
