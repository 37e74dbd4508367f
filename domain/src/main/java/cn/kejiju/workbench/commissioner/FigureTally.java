package cn.kejiju.workbench.commissioner;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * What the database's aggregates of one county and period add up to, figure by figure: a key (see
 * {@link PeriodSummary} for the keys and their definitions) and its value. A key never written is zero.
 */
public final class FigureTally {

    private final Map<String, BigDecimal> values = new HashMap<>();

    public void add(String key, BigDecimal value) {
        if (value != null) {
            values.merge(key, value, BigDecimal::add);
        }
    }

    public void add(String key, long value) {
        add(key, BigDecimal.valueOf(value));
    }

    /** Adds every figure of another tally to this one. */
    public void add(FigureTally other) {
        other.values.forEach(this::add);
    }

    public BigDecimal get(String key) {
        return values.getOrDefault(key, BigDecimal.ZERO);
    }

    /** The sum of several counties' tallies (the city's figures: the sum of its counties'). */
    public static FigureTally sum(Collection<FigureTally> tallies) {
        FigureTally total = new FigureTally();
        tallies.forEach(t -> t.values.forEach(total::add));
        return total;
    }
}
