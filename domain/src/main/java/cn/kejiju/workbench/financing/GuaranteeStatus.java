package cn.kejiju.workbench.financing;

/** A guarantee proposed with a decision, in force once approved, dropped when the application is rejected. */
public enum GuaranteeStatus {
    PROPOSED,
    ACTIVE,
    DROPPED
}
