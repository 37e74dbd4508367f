package cn.kejiju.workbench.audit;

import java.util.Objects;

/**
 * One field of a record before and after a change, as text; {@code null} where the field had no
 * value (so a creation has only {@code after}, a deletion only {@code before}). Values of personal
 * fields are already masked. Very long values are cut to {@link #VALUE_MAX} characters.
 */
public record FieldChange(String field, String before, String after) {

    public static final int VALUE_MAX = 500;
    static final String ELLIPSIS = "…";

    public FieldChange {
        Objects.requireNonNull(field, "field");
        before = cut(before, VALUE_MAX);
        after = cut(after, VALUE_MAX);
    }

    static String cut(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        return max <= 0 ? ELLIPSIS : value.substring(0, max) + ELLIPSIS;
    }
}
