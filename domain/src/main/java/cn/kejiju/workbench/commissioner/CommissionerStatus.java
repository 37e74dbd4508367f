package cn.kejiju.workbench.commissioner;

/** Whether a commissioner is serving or the posting has ended. */
public enum CommissionerStatus {
    ACTIVE,
    ENDED
}
