package cn.kejiju.workbench.project;

/**
 * A step of the path as a user takes it; {@link #ACCEPTANCE} leads to the status of its result. {@link #RECOMMEND}
 * is the leader's (maker-checker), the others record what the higher level decided or did.
 */
public enum ProjectStep {
    RECOMMEND,
    LODGE,
    REVIEW,
    WIN,
    NOT_WIN,
    CONTRACT,
    MID_TERM,
    ACCEPTANCE,
    CLOSE;

    /** The status the step leads to ({@code result} only for {@link #ACCEPTANCE}). */
    public ProjectStatus target(AcceptanceResult result) {
        return switch (this) {
            case RECOMMEND -> ProjectStatus.RECOMMENDED;
            case LODGE -> ProjectStatus.LODGED;
            case REVIEW -> ProjectStatus.UNDER_REVIEW;
            case WIN -> ProjectStatus.WON;
            case NOT_WIN -> ProjectStatus.NOT_WON;
            case CONTRACT -> ProjectStatus.CONTRACTED;
            case MID_TERM -> ProjectStatus.MID_TERM_CHECKED;
            case ACCEPTANCE -> result == null ? null : result.status();
            case CLOSE -> ProjectStatus.CLOSED;
        };
    }
}
