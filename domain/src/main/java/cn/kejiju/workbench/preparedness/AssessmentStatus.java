package cn.kejiju.workbench.preparedness;

/** A township assessment is scored (and rescored) by the clerk until a leader confirms it; then it is frozen. */
public enum AssessmentStatus {
    SCORING,
    CONFIRMED
}
