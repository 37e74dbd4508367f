package cn.kejiju.workbench.indicator;

/** Where a patent stands: filed and waiting, granted, refused by the patent office, or lapsed after grant. */
public enum PatentStatus {
    PENDING,
    GRANTED,
    REJECTED,
    LAPSED;

    /** Whether a patent in this status has been granted (and so must carry its grant date). */
    public boolean granted() {
        return this == GRANTED || this == LAPSED;
    }
}
