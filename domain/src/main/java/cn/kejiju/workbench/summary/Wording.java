package cn.kejiju.workbench.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Figures said as the bureau's summaries say them: "23名", "5700万元", "5.2亿元", "由14名增加到23名",
 * "同比增长12.5%", "与去年同期持平", headings numbered "一、" and "（二）". Pure functions.
 *
 * <p>Amounts: below 1 亿元 in 万元, whole 万元 from 1000 万元 up, otherwise at most two decimals
 * (230万元, 12.5万元, 0.35万元); from 1 亿元 in 亿元 with at most two decimals (5.2亿元, 12.35亿元). Rounding
 * half up; trailing zeros dropped. Percentages: one decimal, half up, trailing zero dropped (12.5%, 100%).
 */
public final class Wording {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final String[] PLACES = {"", "十", "百", "千"};

    private Wording() {
    }

    /** A value with its measure word: "23名", "1200平方米", money as {@link #amount}. */
    public static String quantity(BigDecimal value, FigureUnit unit) {
        if (unit.isMoney()) {
            return amount(value);
        }
        return plain(value) + unit.measure();
    }

    /** An amount in yuan written in 万元 or 亿元 (see the class comment). */
    public static String amount(BigDecimal yuan) {
        if (yuan.abs().compareTo(HUNDRED_MILLION) >= 0) {
            return plain(yuan.divide(HUNDRED_MILLION, 2, RoundingMode.HALF_UP)) + "亿元";
        }
        BigDecimal exact = yuan.movePointLeft(4);
        BigDecimal wan = exact.abs().compareTo(THOUSAND) >= 0
                ? exact.setScale(0, RoundingMode.HALF_UP)
                : exact.setScale(2, RoundingMode.HALF_UP);
        if (wan.abs().compareTo(TEN_THOUSAND) >= 0) {
            return plain(wan.movePointLeft(4).setScale(2, RoundingMode.HALF_UP)) + "亿元";
        }
        return plain(wan) + "万元";
    }

    /** The change of a stock over the period: "由14名增加到23名", "由23名减少到14名", "保持23名". */
    public static String change(BigDecimal start, BigDecimal end, FigureUnit unit) {
        int direction = end.compareTo(start);
        if (direction == 0) {
            return "保持" + quantity(end, unit);
        }
        return "由" + quantity(start, unit) + (direction > 0 ? "增加到" : "减少到") + quantity(end, unit);
    }

    /**
     * The comparison with the same period last year: "同比增长12.5%", "同比下降8%", "与去年同期持平"; empty when
     * there is nothing to compare with (no value last year, or zero last year and something now: no percentage).
     */
    public static String yearOnYear(BigDecimal value, BigDecimal lastYear) {
        if (lastYear == null || value == null) {
            return "";
        }
        if (value.compareTo(lastYear) == 0) {
            return "与去年同期持平";
        }
        BigDecimal growth = growthPercent(value, lastYear);
        if (growth == null) {
            return "";
        }
        if (growth.signum() == 0) {
            return "与去年同期基本持平";
        }
        return (growth.signum() > 0 ? "同比增长" : "同比下降") + plain(growth.abs()) + "%";
    }

    /** (value − base) ÷ base × 100, one decimal half up; null when the base is zero or missing. */
    public static BigDecimal growthPercent(BigDecimal value, BigDecimal base) {
        if (value == null || base == null || base.signum() == 0) {
            return null;
        }
        return value.subtract(base).multiply(HUNDRED).divide(base.abs(), 1, RoundingMode.HALF_UP);
    }

    /** A whole number in Chinese numerals as written in prose: 十, 十五, 二十三, 一百零五, 一万零二十. */
    public static String chinese(long number) {
        if (number < 0) {
            return "负" + chinese(-number);
        }
        if (number == 0) {
            return DIGITS[0];
        }
        if (number >= 100_000_000L) {
            return leading(group(number / 100_000_000L)) + "亿" + rest(number % 100_000_000L, 10_000_000L);
        }
        if (number >= 10_000L) {
            return leading(group(number / 10_000L)) + "万" + rest(number % 10_000L, 1_000L);
        }
        return leading(group(number));
    }

    /** 一十 at the start is said 十. */
    private static String leading(String text) {
        return text.startsWith("一十") ? text.substring(1) : text;
    }

    /** A level-one heading's number: "一、". */
    public static String heading(int number) {
        return chinese(number) + "、";
    }

    /** A level-two heading's number: "（一）". */
    public static String subheading(int number) {
        return "（" + chinese(number) + "）";
    }

    /** A day as written: 2026年3月1日. */
    public static String date(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    /** A number without exponent or trailing zeros: 12.50 → 12.5, 5E+3 → 5000. */
    public static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        return stripped.toPlainString();
    }

    /** What follows a higher group: nothing, or the lower group with a 零 when it does not fill its places. */
    private static String rest(long remainder, long highestPlace) {
        if (remainder == 0) {
            return "";
        }
        String lower = remainder >= 10_000L ? chinese(remainder) : group(remainder);
        return remainder < highestPlace ? DIGITS[0] + lower : lower;
    }

    /** 1 to 9999 with its places and inner zeros: 一千零五, 一百一十, 二十. */
    private static String group(long number) {
        if (number >= 10_000L) {
            return chinese(number);
        }
        StringBuilder text = new StringBuilder();
        boolean zero = false;
        for (int place = 3; place >= 0; place--) {
            long digit = (number / (long) Math.pow(10, place)) % 10;
            if (digit == 0) {
                zero = text.length() > 0;
                continue;
            }
            if (zero) {
                text.append(DIGITS[0]);
                zero = false;
            }
            text.append(DIGITS[(int) digit]).append(PLACES[place]);
        }
        return text.toString();
    }
}
