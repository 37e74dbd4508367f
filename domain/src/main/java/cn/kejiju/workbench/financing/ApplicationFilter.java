package cn.kejiju.workbench.financing;

/** What the application list is filtered by; null fields filter nothing. */
public record ApplicationFilter(Long countyId, ApplicationStatus status, Long guarantorId, String text) {

    public static final ApplicationFilter ALL = new ApplicationFilter(null, null, null, null);

    public static ApplicationFilter awaitingDecision() {
        return new ApplicationFilter(null, ApplicationStatus.AWAITING_DECISION, null, null);
    }
}
