package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.shared.RuleViolationException;

import java.math.BigDecimal;

/** Trimming, length and amount rules for what clerks enter about carriers and units. */
final class Fields {

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

    /** A decimal of at most {@code scale} places, not negative and not above {@code max}, kept exactly. */
    static BigDecimal decimal(BigDecimal value, String field, int scale, BigDecimal max, boolean zeroAllowed) {
        present(value, field);
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > scale) {
            throw new RuleViolationException("incubator.decimals", field, scale);
        }
        if (value.signum() < 0 || (!zeroAllowed && value.signum() == 0) || value.compareTo(max) > 0) {
            throw new RuleViolationException("field.range", field, zeroAllowed ? "0" : "0.01", max.toPlainString());
        }
        return value.setScale(scale);
    }
}
