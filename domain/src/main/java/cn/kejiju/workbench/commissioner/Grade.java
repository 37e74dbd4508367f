package cn.kejiju.workbench.commissioner;

/**
 * Annual assessment grade: 优秀, 良好, 合格, 不合格, or 未满考核期 for a commissioner who served fewer
 * months of the year than the settings ask for an assessment ({@link CommissionerSettings#getMinMonthsAssessed()}).
 */
public enum Grade {
    EXCELLENT,
    GOOD,
    PASS,
    FAIL,
    UNASSESSED
}
