package cn.kejiju.workbench.preparedness;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How complete the register of a jurisdiction is: the posts held now of the posts it requires. */
public record RegisterCompleteness(long filled, long required) {

    /** Filled of required in percent, to one decimal; 100 when nothing is required. */
    public BigDecimal percent() {
        if (required == 0) {
            return new BigDecimal("100.0");
        }
        return BigDecimal.valueOf(filled * 100).divide(BigDecimal.valueOf(required), 1, RoundingMode.HALF_UP);
    }
}
