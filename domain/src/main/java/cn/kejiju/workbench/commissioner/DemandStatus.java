package cn.kejiju.workbench.commissioner;

/** A demand is open until the bureau dispatches a commissioner to it or the target withdraws it. */
public enum DemandStatus {
    OPEN,
    DISPATCHED,
    WITHDRAWN
}
