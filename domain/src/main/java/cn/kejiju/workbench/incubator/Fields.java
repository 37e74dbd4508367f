package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.shared.ClerkInput;
import cn.kejiju.workbench.shared.RuleViolationException;

import java.math.BigDecimal;

/** Trimming, length and amount rules for what clerks enter about carriers and units. */
final class Fields {

    private Fields() {
    }

    static String required(String value, String field, int max) {
        return ClerkInput.required(value, field, max);
    }

    static String optional(String value, String field, int max) {
        return ClerkInput.optional(value, field, max);
    }

    static <T> T present(T value, String field) {
        return ClerkInput.present(value, field);
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
