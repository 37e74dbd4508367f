package cn.kejiju.workbench.financing;


import java.math.BigDecimal;

/**
 * One limit against one guarantee: the cap, what is already used, the amount asked for, the headroom (cap
 * minus used, never below zero) and the shortfall (what the request exceeds the headroom by, zero when it
 * fits). Exact to the fen: equal to the headroom passes, one fen more fails.
 */
public record LimitCheck(LimitKind kind, BigDecimal cap, BigDecimal used, BigDecimal requested) {

    public static LimitCheck of(LimitKind kind, BigDecimal cap, BigDecimal used, BigDecimal requested) {
        return new LimitCheck(kind, cap.setScale(2, java.math.RoundingMode.DOWN), used.setScale(2), requested.setScale(2));
    }

    public BigDecimal headroom() {
        BigDecimal room = cap.subtract(used);
        return room.signum() < 0 ? BigDecimal.ZERO.setScale(2) : room;
    }

    public BigDecimal shortfall() {
        BigDecimal over = requested.subtract(headroom());
        return over.signum() <= 0 ? BigDecimal.ZERO.setScale(2) : over;
    }

    public boolean passes() {
        return shortfall().signum() == 0;
    }
}
