package cn.kejiju.workbench.review;

import cn.kejiju.workbench.shared.RuleViolationException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The arithmetic of scores: bounds, averages and the ranking of a batch. */
public final class Scores {

    /** Averages are shown with two decimal places, rounded half up. */
    public static final int AVERAGE_SCALE = 2;

    private Scores() {
    }

    static BigDecimal checked(BigDecimal value, String field, BigDecimal max, boolean zeroAllowed) {
        if (value == null) {
            throw new RuleViolationException("field.required", field);
        }
        if (value.stripTrailingZeros().scale() > Criterion.SCALE) {
            throw new RuleViolationException("review.score.decimals", field, Criterion.SCALE);
        }
        if (value.signum() < 0 || (!zeroAllowed && value.signum() == 0) || value.compareTo(max) > 0) {
            throw new RuleViolationException("review.score.range", field, zeroAllowed ? "0" : "0.1",
                    max.stripTrailingZeros().toPlainString());
        }
        return value.setScale(Criterion.SCALE, RoundingMode.UNNECESSARY);
    }

    /** The average of the totals (two decimal places, half up), empty when there is none. */
    public static Optional<BigDecimal> average(Collection<BigDecimal> totals) {
        if (totals.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(sum.divide(BigDecimal.valueOf(totals.size()), AVERAGE_SCALE, RoundingMode.HALF_UP));
    }

    /** The average of a sum of {@code count} totals, as {@link #average} computes it. */
    public static BigDecimal average(BigDecimal sum, long count) {
        return sum.divide(BigDecimal.valueOf(count), AVERAGE_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * Ranks subjects by their average, highest first; equal averages share a place and the next place is
     * skipped (1, 2, 2, 4). Subjects without an average are not ranked.
     */
    public static <K> Map<K, Integer> rank(Map<K, BigDecimal> averages) {
        List<Map.Entry<K, BigDecimal>> ordered = averages.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .sorted((a, b) -> b.getValue().compareTo(a.getValue())).toList();
        Map<K, Integer> ranks = new LinkedHashMap<>();
        BigDecimal previous = null;
        int place = 0;
        for (int i = 0; i < ordered.size(); i++) {
            Map.Entry<K, BigDecimal> entry = ordered.get(i);
            if (previous == null || entry.getValue().compareTo(previous) != 0) {
                place = i + 1;
                previous = entry.getValue();
            }
            ranks.put(entry.getKey(), place);
        }
        return ranks;
    }
}
