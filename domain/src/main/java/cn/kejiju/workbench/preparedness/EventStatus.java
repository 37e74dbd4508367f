package cn.kejiju.workbench.preparedness;

/** A recorded event counts towards its campaign's goals once a leader has approved it; then it is frozen. */
public enum EventStatus {
    RECORDED,
    APPROVED
}
