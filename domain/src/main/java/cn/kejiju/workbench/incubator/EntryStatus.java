package cn.kejiju.workbench.incubator;

/** Where an entry application (入孵申请) stands. */
public enum EntryStatus {
    /** Being prepared by the clerk; may be changed. */
    DRAFT,
    /** Submitted; awaits the clerk's choice of reviewers. */
    SUBMITTED,
    /** Reviewers assigned; not all have scored or declined. */
    UNDER_REVIEW,
    /** Every reviewer scored or declined, at least one scored: awaits the leader. */
    REVIEWED,
    APPROVED,
    REJECTED
}
