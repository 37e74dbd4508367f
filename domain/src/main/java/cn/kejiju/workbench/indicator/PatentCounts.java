package cn.kejiju.workbench.indicator;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** An enterprise's patents applied and granted per type, summed over the years of its yearly counts. */
public record PatentCounts(Map<PatentType, Long> applied, Map<PatentType, Long> granted) {

    public PatentCounts {
        applied = Map.copyOf(applied);
        granted = Map.copyOf(granted);
    }

    /** Sums the yearly counts per type; every type is present (zero when none). */
    public static PatentCounts of(List<PatentYearCount> counts) {
        Map<PatentType, Long> applied = new EnumMap<>(PatentType.class);
        Map<PatentType, Long> granted = new EnumMap<>(PatentType.class);
        for (PatentType type : PatentType.values()) {
            applied.put(type, 0L);
            granted.put(type, 0L);
        }
        for (PatentYearCount count : counts) {
            applied.merge(count.type(), count.applied(), Long::sum);
            granted.merge(count.type(), count.granted(), Long::sum);
        }
        return new PatentCounts(applied, granted);
    }

    public long applied(PatentType type) {
        return applied.get(type);
    }

    public long granted(PatentType type) {
        return granted.get(type);
    }
}
