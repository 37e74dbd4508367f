package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.shared.RuleViolationException;

import java.math.BigDecimal;

/** Exact decimal amounts entered by clerks: not negative, bounded, and no more decimals than kept. */
final class Amounts {

    static final BigDecimal MAX = new BigDecimal("1000000000");

    private Amounts() {
    }

    static BigDecimal optional(BigDecimal amount, int scale, String field) {
        if (amount == null) {
            return null;
        }
        return required(amount, scale, field);
    }

    static BigDecimal required(BigDecimal amount, int scale, String field) {
        if (amount == null) {
            throw new RuleViolationException("field.required", field);
        }
        if (amount.signum() < 0 || amount.compareTo(MAX) >= 0) {
            throw new RuleViolationException("amount.range", field);
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > scale) {
            throw new RuleViolationException("amount.scale", field, scale);
        }
        return amount.setScale(scale);
    }
}
