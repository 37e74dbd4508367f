package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.shared.RuleViolationException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts of money in yuan: exact to the fen (two places), never floating point. */
public final class Yuan {

    /** The largest amount the columns (numeric(19,2)) hold, far above any loan. */
    public static final BigDecimal MAX = new BigDecimal("99999999999999.99");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private Yuan() {
    }

    /** A positive amount of at most two decimal places, kept exactly at scale 2. */
    public static BigDecimal positive(BigDecimal value, String field) {
        BigDecimal amount = notNegative(value, field);
        if (amount.signum() == 0) {
            throw new RuleViolationException("financing.amount.positive", field);
        }
        return amount;
    }

    /** An amount of zero or more, at most two decimal places, kept exactly at scale 2. */
    public static BigDecimal notNegative(BigDecimal value, String field) {
        if (value == null) {
            throw new RuleViolationException("field.required", field);
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new RuleViolationException("financing.amount.fen", field);
        }
        if (value.signum() < 0 || value.compareTo(MAX) > 0) {
            throw new RuleViolationException("financing.amount.range", field);
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** {@code 1,234,567.80}: yuan with grouping and two places, as messages and exports show them. */
    public static String format(BigDecimal yuan) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(yuan.setScale(2, RoundingMode.UNNECESSARY));
    }

    /** The amount in 万元, exact (up to six places, trailing zeros dropped but at least two). */
    public static BigDecimal wan(BigDecimal yuan) {
        BigDecimal wan = yuan.divide(TEN_THOUSAND).stripTrailingZeros();
        return wan.scale() < 2 ? wan.setScale(2) : wan;
    }

    /** {@code 1,234.5678}: 万元 with grouping, exact. */
    public static String formatWan(BigDecimal yuan) {
        BigDecimal wan = wan(yuan);
        DecimalFormat format = new DecimalFormat("#,##0.00####", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(wan);
    }

    /** As the API sends money: a plain decimal string with two places. */
    public static String plain(BigDecimal yuan) {
        return yuan == null ? null : yuan.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
