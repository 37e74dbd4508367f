package cn.kejiju.workbench.preparedness;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The ranking of a county's townships by total (名次): highest first; equal totals share a rank and the next
 * rank skips as many (1, 2, 2, 4); equal totals are listed by the township's name in pinyin order. Townships
 * whose assessment is not complete (no total to compare) come last, without a rank.
 */
public final class AssessmentRanking {

    private AssessmentRanking() {
    }

    /** One ranked item and its rank (null: not ranked). */
    public record Ranked<T>(T item, Integer rank) {
    }

    /** The items ranked by {@code total} (null: not ranked), ties by {@code name} in pinyin order. */
    public static <T> List<Ranked<T>> rank(List<T> items, Function<T, BigDecimal> total, Function<T, String> name) {
        Collator pinyin = Collator.getInstance(Locale.CHINA);
        Comparator<T> byName = Comparator.comparing(name, pinyin);
        List<T> ranked = new ArrayList<>(items.stream().filter(i -> total.apply(i) != null).toList());
        ranked.sort(Comparator.comparing(total, Comparator.reverseOrder()).thenComparing(byName));
        List<Ranked<T>> result = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            T item = ranked.get(i);
            boolean tie = i > 0 && total.apply(ranked.get(i - 1)).compareTo(total.apply(item)) == 0;
            result.add(new Ranked<>(item, tie ? result.get(i - 1).rank() : i + 1));
        }
        items.stream().filter(i -> total.apply(i) == null).sorted(byName)
                .forEach(i -> result.add(new Ranked<>(i, null)));
        return result;
    }
}
