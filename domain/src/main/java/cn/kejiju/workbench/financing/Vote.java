package cn.kejiju.workbench.financing;

/** A review committee member's opinion. */
public enum Vote {
    FOR,
    AGAINST,
    ABSTAIN
}
