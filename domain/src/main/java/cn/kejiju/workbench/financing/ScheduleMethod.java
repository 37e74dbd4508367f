package cn.kejiju.workbench.financing;

/** How a loan is repaid, month by month. */
public enum ScheduleMethod {
    /** 等额本息: the same instalment of principal and interest every month. */
    EQUAL_INSTALMENT,
    /** 等额本金: the same principal every month, plus the month's interest on what is still owed. */
    EQUAL_PRINCIPAL,
    /** 按月付息、到期还本: interest every month, the whole principal with the last. */
    INTEREST_ONLY
}
