package cn.kejiju.workbench.indicator;

import java.util.EnumSet;
import java.util.Set;

/**
 * The high-tech enterprise pipeline: 培育库 (cultivation pool) → 申报 (applied) → 认定 (recognised) or 未通过
 * (failed). A failed enterprise goes back to the pool or applies again; a recognised one applies again to renew.
 */
public enum HighTechStage {
    CULTIVATING,
    APPLIED,
    RECOGNISED,
    FAILED;

    /** The stages this one may move to. */
    public Set<HighTechStage> next() {
        return switch (this) {
            case CULTIVATING -> EnumSet.of(APPLIED);
            case APPLIED -> EnumSet.of(RECOGNISED, FAILED);
            case RECOGNISED -> EnumSet.of(APPLIED);
            case FAILED -> EnumSet.of(CULTIVATING, APPLIED);
        };
    }

    public boolean mayMoveTo(HighTechStage target) {
        return next().contains(target);
    }
}
