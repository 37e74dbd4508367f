package cn.kejiju.workbench.commissioner;

/**
 * A service log is saved as a draft while its evidence is attached, submitted for review, and counts in
 * statistics only once a leader approves it; a rejected log can be revised and submitted again. A draft
 * is seen by the clerks of its county only.
 */
public enum LogStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    REJECTED
}
