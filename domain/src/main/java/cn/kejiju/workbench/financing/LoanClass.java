package cn.kejiju.workbench.financing;

/** The five-category classification of a loan (贷款五级分类), by the days past due. */
public enum LoanClass {
    /** 正常 */
    NORMAL,
    /** 关注 */
    SPECIAL_MENTION,
    /** 次级 */
    SUBSTANDARD,
    /** 可疑 */
    DOUBTFUL,
    /** 损失 */
    LOSS
}
