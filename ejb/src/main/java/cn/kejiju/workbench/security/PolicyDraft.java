package cn.kejiju.workbench.security;

/** The values of the security policy as the security administrator enters them. */
public record PolicyDraft(int minLength, int minClasses, int expiryDays, int historySize, int maxFailures,
                          int lockMinutes, int idleMinutes, int tokenRatePerSecond) {

    public static PolicyDraft of(PasswordPolicy policy) {
        return new PolicyDraft(policy.getMinLength(), policy.getMinClasses(), policy.getExpiryDays(),
                policy.getHistorySize(), policy.getMaxFailures(), policy.getLockMinutes(), policy.getIdleMinutes(),
                policy.getTokenRatePerSecond());
    }
}
