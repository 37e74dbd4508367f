package cn.kejiju.workbench.commissioner;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One figure of the summary paragraph. A head count (commissioners) is a stock: its value at the first
 * day of the period ({@code atStart}), at the last day ({@code value}), the change between them and the
 * number that began in the period ({@code newInPeriod}). Anything else is a flow summed over the period
 * ({@code atStart}, {@code change} and {@code newInPeriod} null). Both compare with the same period last
 * year ({@code lastYear}: the same days one year earlier) and the growth over it (同比, in percent, one
 * decimal, half up), null when last year's value is zero.
 */
public record SummaryFigure(String key, boolean stock, BigDecimal atStart, BigDecimal value, BigDecimal change,
                            BigDecimal newInPeriod, BigDecimal lastYear, BigDecimal growthPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A head count from the tallies of the period and of last year's. */
    public static SummaryFigure stock(String key, FigureTally now, FigureTally lastYear) {
        BigDecimal start = now.get(key + ".start");
        BigDecimal end = now.get(key + ".end");
        BigDecimal before = lastYear.get(key + ".end");
        return new SummaryFigure(key, true, start, end, end.subtract(start), now.get(key + ".new"), before,
                growth(end, before));
    }

    /** A sum over the period from the tallies of the period and of last year's. */
    public static SummaryFigure flow(String key, FigureTally now, FigureTally lastYear) {
        BigDecimal value = now.get(key);
        BigDecimal before = lastYear.get(key);
        return new SummaryFigure(key, false, null, value, null, null, before, growth(value, before));
    }

    /** (value − last year) / last year × 100, one decimal; null (shown "—") when last year is zero. */
    public static BigDecimal growth(BigDecimal value, BigDecimal lastYear) {
        if (lastYear.signum() == 0) {
            return null;
        }
        return value.subtract(lastYear).multiply(HUNDRED).divide(lastYear, 1, RoundingMode.HALF_UP);
    }
}
