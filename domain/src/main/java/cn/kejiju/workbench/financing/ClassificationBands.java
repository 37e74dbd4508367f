package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.shared.RuleViolationException;

/**
 * The day bands of the five categories: from how many days past due a loan is 关注, 次级, 可疑 and 损失 (by default
 * 1, 91, 181 and 361); below the first it is 正常. Each band starts after the one before.
 */
public record ClassificationBands(int specialMentionFrom, int substandardFrom, int doubtfulFrom, int lossFrom) {

    public static final int DAYS_MAX = 3650;
    public static final ClassificationBands DEFAULT = new ClassificationBands(1, 91, 181, 361);

    public ClassificationBands {
        if (specialMentionFrom < 1) {
            throw new RuleViolationException("financing.settings.bands", "specialMentionFrom");
        }
        if (substandardFrom <= specialMentionFrom) {
            throw new RuleViolationException("financing.settings.bands", "substandardFrom");
        }
        if (doubtfulFrom <= substandardFrom) {
            throw new RuleViolationException("financing.settings.bands", "doubtfulFrom");
        }
        if (lossFrom <= doubtfulFrom || lossFrom > DAYS_MAX) {
            throw new RuleViolationException("financing.settings.bands", "lossFrom");
        }
    }

    public LoanClass classify(long daysPastDue) {
        if (daysPastDue >= lossFrom) {
            return LoanClass.LOSS;
        }
        if (daysPastDue >= doubtfulFrom) {
            return LoanClass.DOUBTFUL;
        }
        if (daysPastDue >= substandardFrom) {
            return LoanClass.SUBSTANDARD;
        }
        if (daysPastDue >= specialMentionFrom) {
            return LoanClass.SPECIAL_MENTION;
        }
        return LoanClass.NORMAL;
    }
}
