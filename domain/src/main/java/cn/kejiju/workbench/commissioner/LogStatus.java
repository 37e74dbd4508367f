package cn.kejiju.workbench.commissioner;

/** A service log counts in statistics only once a leader approves it; a rejected log can be revised and submitted again. */
public enum LogStatus {
    SUBMITTED,
    APPROVED,
    REJECTED
}
