package cn.kejiju.workbench.summary;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One figure of a section: its value for the period with the value at the start of the period (stocks only,
 * e.g. head counts), in the previous period and in the same period last year, and the link to the records that
 * make it up (a page below the application with its filters, or an API query).
 *
 * @param key      the figure's name within its section, letters and digits ({@code agriculture}), used as a
 *                 placeholder in the section's sentences and as the label's key
 * @param unit     what it counts
 * @param value    the value at the end of the period (stock) or over the period (flow)
 * @param atStart  a stock's value on the period's first day; null for a flow
 * @param previous the value of the previous period; null when not known
 * @param lastYear the value of the same period last year; null when not known
 * @param link     the records behind it, a path below the application ({@code /commissioner/list.xhtml?county=2}); or null
 */
public record Figure(String key, FigureUnit unit, BigDecimal value, BigDecimal atStart, BigDecimal previous,
                     BigDecimal lastYear, String link) implements java.io.Serializable {

    /** Letters and digits, starting with a letter. */
    public static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Pattern LINK = Pattern.compile("/(?![/\\\\])[^\\s\\\\]*");

    public Figure {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("figure key " + key);
        }
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(value, "value");
        if (link != null && !LINK.matcher(link).matches()) {
            throw new IllegalArgumentException("figure link " + link);
        }
    }

    /** A sum over the period (visits, new financing). */
    public static Figure flow(String key, FigureUnit unit, BigDecimal value, BigDecimal previous, BigDecimal lastYear,
                              String link) {
        return new Figure(key, unit, value, null, previous, lastYear, link);
    }

    /** A count at a day (commissioners serving, tenants): at the start and at the end of the period. */
    public static Figure stock(String key, FigureUnit unit, BigDecimal atStart, BigDecimal value, BigDecimal previous,
                               BigDecimal lastYear, String link) {
        return new Figure(key, unit, value, Objects.requireNonNull(atStart, "atStart"), previous, lastYear, link);
    }

    public boolean isStock() {
        return atStart != null;
    }

    /** Same-period growth in percent, one decimal; null when last year is zero or unknown. */
    public BigDecimal growthPercent() {
        return Wording.growthPercent(value, lastYear);
    }

    /** The value with its measure word. */
    public String worded() {
        return Wording.quantity(value, unit);
    }
}
