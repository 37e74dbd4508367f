package cn.kejiju.workbench.incubator;

/** The graduation criteria (毕业条件) of {@link GraduationSettings}; any one enabled criterion met makes a tenant eligible. */
public enum GraduationCriterion {
    /** Recognised 高新技术企业: a certificate in the enterprise's master data valid on the day. */
    HIGH_TECH,
    /** Cumulative investment received above the threshold (万元). */
    INVESTMENT,
    /** Revenue of two consecutive years together above the threshold (万元). */
    REVENUE,
    /** Merged, acquired or listed. */
    LISTING
}
