package cn.kejiju.workbench.financing;

/** Where a financing application stands: submitted → due diligence → committee → decision prepared → decided. */
public enum ApplicationStatus {
    SUBMITTED,
    DUE_DILIGENCE,
    COMMITTEE,
    AWAITING_DECISION,
    APPROVED,
    REJECTED;

    public boolean decided() {
        return this == APPROVED || this == REJECTED;
    }
}
