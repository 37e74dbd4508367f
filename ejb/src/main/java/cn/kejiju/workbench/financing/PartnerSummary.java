package cn.kejiju.workbench.financing;

import java.math.BigDecimal;

/**
 * A partner with its guarantees in force; for a guarantee company also its liability limit (multiple × net
 * assets) and the headroom left under it.
 */
public record PartnerSummary(Partner partner, BigDecimal inForce, Integer multiple, BigDecimal liabilityCap) {

    public BigDecimal headroom() {
        if (liabilityCap == null) {
            return null;
        }
        return LimitCheck.of(LimitKind.LIABILITY, liabilityCap, inForce, BigDecimal.ZERO).headroom();
    }
}
