package cn.kejiju.workbench.financing;

/** A compensation's recovery: running, a write-off awaiting a leader, or closed (recovered or written off). */
public enum CompensationStatus {
    RECOVERING,
    WRITE_OFF_PREPARED,
    CLOSED
}
