package cn.kejiju.workbench.project;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application to a higher level stands: 准备 → 县局推荐 → 上级受理 → 评审 → 立项 / 未立项 → 合同 → 中期检查 →
 * 验收 (通过 / 不通过 / 延期) → 结题. The acceptance may be deferred once; after a deferral it passes or fails.
 * 未立项, 验收不通过 and 结题 are final.
 */
public enum ProjectStatus {
    PREPARING,
    RECOMMENDED,
    LODGED,
    UNDER_REVIEW,
    WON,
    NOT_WON,
    CONTRACTED,
    MID_TERM_CHECKED,
    ACCEPTANCE_DEFERRED,
    ACCEPTANCE_PASSED,
    ACCEPTANCE_FAILED,
    CLOSED;

    /** The statuses one step leads to from this one. */
    public Set<ProjectStatus> next() {
        return switch (this) {
            case PREPARING -> EnumSet.of(RECOMMENDED);
            case RECOMMENDED -> EnumSet.of(LODGED);
            case LODGED -> EnumSet.of(UNDER_REVIEW);
            case UNDER_REVIEW -> EnumSet.of(WON, NOT_WON);
            case WON -> EnumSet.of(CONTRACTED);
            case CONTRACTED -> EnumSet.of(MID_TERM_CHECKED, ACCEPTANCE_PASSED, ACCEPTANCE_FAILED, ACCEPTANCE_DEFERRED);
            case MID_TERM_CHECKED -> EnumSet.of(ACCEPTANCE_PASSED, ACCEPTANCE_FAILED, ACCEPTANCE_DEFERRED);
            case ACCEPTANCE_DEFERRED -> EnumSet.of(ACCEPTANCE_PASSED, ACCEPTANCE_FAILED);
            case ACCEPTANCE_PASSED -> EnumSet.of(CLOSED);
            case NOT_WON, ACCEPTANCE_FAILED, CLOSED -> EnumSet.noneOf(ProjectStatus.class);
        };
    }

    public boolean canMoveTo(ProjectStatus target) {
        return next().contains(target);
    }

    /** Whether the project has been granted funds (立项) and not failed: tranches may be received. */
    public boolean funded() {
        return this == WON || this == CONTRACTED || this == MID_TERM_CHECKED || this == ACCEPTANCE_DEFERRED
                || this == ACCEPTANCE_PASSED || this == CLOSED;
    }

    /** Whether the acceptance (验收) is still ahead: its due date matters. */
    public boolean acceptanceAhead() {
        return this == CONTRACTED || this == MID_TERM_CHECKED || this == ACCEPTANCE_DEFERRED;
    }
}
