package cn.kejiju.workbench.indicator.pages;

import cn.kejiju.workbench.indicator.PatentCounts;
import cn.kejiju.workbench.indicator.PatentType;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** Patents of one type applied and granted, as the enterprise's pages list them. */
public record TypeCount(PatentType type, long applied, long granted) implements Serializable {

    static List<TypeCount> of(PatentCounts counts) {
        return Arrays.stream(PatentType.values())
                .map(t -> new TypeCount(t, counts.applied(t), counts.granted(t))).toList();
    }

    public PatentType getType() {
        return type;
    }

    public long getApplied() {
        return applied;
    }

    public long getGranted() {
        return granted;
    }
}
