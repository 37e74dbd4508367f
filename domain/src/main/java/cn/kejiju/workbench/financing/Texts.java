package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.shared.RuleViolationException;

/** Trimming and length rules for what clerks enter in the financing context. */
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

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new RuleViolationException("field.required", field);
        }
        return value;
    }
}
