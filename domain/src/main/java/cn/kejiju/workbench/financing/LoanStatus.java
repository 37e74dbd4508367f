package cn.kejiju.workbench.financing;

/** Where a loan stands: being repaid, repaid in full, or taken over by the guarantor's compensation (代偿). */
public enum LoanStatus {
    ACTIVE,
    REPAID,
    COMPENSATED
}
