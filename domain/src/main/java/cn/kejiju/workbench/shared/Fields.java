package cn.kejiju.workbench.shared;

/**
 * Trimming and length rules for what clerks type into a field: blank is absent, the rest is stripped and
 * at most {@code max} characters, a required field must be present. Refusals name the field.
 */
public final class Fields {

    private Fields() {
    }

    /** The stripped text; blank or absent is refused as required. */
    public static String required(String value, String field, int max) {
        String result = optional(value, field, max);
        if (result == null) {
            throw new RuleViolationException("field.required", field);
        }
        return result;
    }

    /** The stripped text, or null when blank or absent; longer than {@code max} is refused. */
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

    /** The value; absent is refused as required. */
    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new RuleViolationException("field.required", field);
        }
        return value;
    }
}
