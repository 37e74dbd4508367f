package cn.kejiju.workbench.project;

import cn.kejiju.workbench.financing.Yuan;
import cn.kejiju.workbench.shared.RuleViolationException;

import java.math.BigDecimal;

/**
 * The arithmetic of a grant of the county's plan: at most what was requested, at most the call's cap per project,
 * and never more than the headroom of the call's budget (the budget less the grants already held by projects
 * decided to fund and not withdrawn). A refusal names the headroom and the shortfall.
 */
public final class PlanBudget {

    private PlanBudget() {
    }

    /** The grant, checked against the request, the cap and the budget's headroom. */
    public static BigDecimal checkGrant(BigDecimal grant, BigDecimal requested, ProgrammeCall call,
                                        BigDecimal committed) {
        BigDecimal granted = Yuan.positive(grant, "grant");
        if (granted.compareTo(requested) > 0) {
            throw new RuleViolationException("project.grant.aboveRequested", "grant", Yuan.format(requested));
        }
        call.requireWithinCap(granted, "grant");
        if (call.getBudget() == null) {
            throw new RuleViolationException("project.plan.noBudget", "grant");
        }
        BigDecimal headroom = headroom(call.getBudget(), committed);
        if (granted.compareTo(headroom) > 0) {
            throw new RuleViolationException("project.plan.budgetExceeded", "grant", Yuan.format(call.getBudget()),
                    Yuan.format(committed), Yuan.format(headroom), Yuan.format(granted.subtract(headroom)));
        }
        return granted;
    }

    /** What is left of a budget once the grants held are taken out (never below zero). */
    public static BigDecimal headroom(BigDecimal budget, BigDecimal committed) {
        BigDecimal left = budget.subtract(committed == null ? BigDecimal.ZERO : committed);
        return left.signum() < 0 ? BigDecimal.ZERO.setScale(2) : left;
    }
}
