package cn.kejiju.workbench.shared;

/**
 * Trimming, length and presence rules for what clerks enter, shared by every context: blank is absent,
 * text is stripped and refused above its limit ({@code field.tooLong}), a missing required value is
 * refused as {@code field.required}, naming the field.
 */
public final class ClerkInput {

    private ClerkInput() {
    }

    public static String required(String value, String field, int max) {
        String result = optional(value, field, max);
        if (result == null) {
            throw new RuleViolationException("field.required", field);
        }
        return result;
    }

    public static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new RuleViolationException("field.tooLong", field, max);
        }
        return trimmed;
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new RuleViolationException("field.required", field);
        }
        return value;
    }
}
