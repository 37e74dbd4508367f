package cn.kejiju.workbench.project;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a project of the county's own plan (区/县级科技计划) stands: 草稿 → 已申报 → 评审中 → 已评审 → 拟立项 (公示) /
 * 不予立项 → 立项 (after the notice) or 撤销 (an objection upheld) → 合同 → 中期检查 → 验收 (通过 / 不通过 / 延期) →
 * 结题. 不予立项, 撤销, 验收不通过 and 结题 are final.
 */
public enum PlanStatus {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    REVIEWED,
    IN_NOTICE,
    REJECTED,
    WITHDRAWN,
    ESTABLISHED,
    CONTRACTED,
    MID_TERM_CHECKED,
    ACCEPTANCE_DEFERRED,
    ACCEPTANCE_PASSED,
    ACCEPTANCE_FAILED,
    CLOSED;

    /** The statuses one step leads to from this one. */
    public Set<PlanStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(UNDER_REVIEW);
            case UNDER_REVIEW -> EnumSet.of(REVIEWED);
            case REVIEWED -> EnumSet.of(IN_NOTICE, REJECTED);
            case IN_NOTICE -> EnumSet.of(ESTABLISHED, WITHDRAWN);
            case ESTABLISHED -> EnumSet.of(CONTRACTED);
            case CONTRACTED -> EnumSet.of(MID_TERM_CHECKED, ACCEPTANCE_PASSED, ACCEPTANCE_FAILED, ACCEPTANCE_DEFERRED);
            case MID_TERM_CHECKED -> EnumSet.of(ACCEPTANCE_PASSED, ACCEPTANCE_FAILED, ACCEPTANCE_DEFERRED);
            case ACCEPTANCE_DEFERRED -> EnumSet.of(ACCEPTANCE_PASSED, ACCEPTANCE_FAILED);
            case ACCEPTANCE_PASSED -> EnumSet.of(CLOSED);
            case REJECTED, WITHDRAWN, ACCEPTANCE_FAILED, CLOSED -> EnumSet.noneOf(PlanStatus.class);
        };
    }

    public boolean canMoveTo(PlanStatus target) {
        return next().contains(target);
    }

    /** Whether the project holds a grant of the plan's budget (decided to fund and not withdrawn). */
    public boolean holdsGrant() {
        return this == IN_NOTICE || this == ESTABLISHED || this == CONTRACTED || this == MID_TERM_CHECKED
                || this == ACCEPTANCE_DEFERRED || this == ACCEPTANCE_PASSED || this == ACCEPTANCE_FAILED
                || this == CLOSED;
    }

    /** Whether tranches may be paid: established (立项) and not failed. */
    public boolean payable() {
        return this == ESTABLISHED || this == CONTRACTED || this == MID_TERM_CHECKED || this == ACCEPTANCE_DEFERRED
                || this == ACCEPTANCE_PASSED;
    }

    /** Whether the contract's due days (milestones, mid-term, acceptance) still matter. */
    public boolean underContract() {
        return this == CONTRACTED || this == MID_TERM_CHECKED || this == ACCEPTANCE_DEFERRED;
    }

    /** The statuses whose grant counts against the plan's budget (for queries). */
    public static Set<PlanStatus> holdingGrant() {
        EnumSet<PlanStatus> set = EnumSet.noneOf(PlanStatus.class);
        for (PlanStatus s : values()) {
            if (s.holdsGrant()) {
                set.add(s);
            }
        }
        return set;
    }
}
