package cn.kejiju.workbench.financing;

import java.math.BigDecimal;

/** An agreement with the guarantees in force under it (quota used) and what is left. */
public record CooperationSummary(Cooperation cooperation, BigDecimal used) {

    public BigDecimal headroom() {
        return LimitCheck.of(LimitKind.QUOTA, cooperation.getQuota(), used, BigDecimal.ZERO).headroom();
    }
}
