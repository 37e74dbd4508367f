package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.shared.RuleViolationException;

/**
 * A guarantee does not fit a limit: the message names the limit, its cap, what is used, the headroom and the
 * shortfall, in yuan with two places (the API answers 422 {@code rule.financing.limit.<kind>}).
 */
public class LimitExceededException extends RuleViolationException {

    private static final long serialVersionUID = 1L;

    private final transient LimitCheck check;

    public LimitExceededException(LimitCheck check) {
        super("financing.limit." + check.kind().name().toLowerCase(java.util.Locale.ROOT), "amount",
                Yuan.format(check.cap()), Yuan.format(check.used()), Yuan.format(check.headroom()),
                Yuan.format(check.requested()), Yuan.format(check.shortfall()));
        this.check = check;
    }

    public LimitCheck check() {
        return check;
    }
}
