package cn.kejiju.workbench.review;

/** Where a reviewer's assignment stands. */
public enum AssignmentStatus {
    /** Assigned, neither scored nor declined. */
    PENDING,
    /** Every criterion scored. */
    SCORED,
    /** Declined for a conflict of interest, with the reason. */
    DECLINED;

    public boolean isSettled() {
        return this != PENDING;
    }
}
