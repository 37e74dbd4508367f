package cn.kejiju.workbench.commissioner;

/** An assignment is active until it ends, at its end date or early with a reason. */
public enum AssignmentStatus {
    ACTIVE,
    ENDED
}
