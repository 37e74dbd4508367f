package cn.kejiju.workbench.incubator;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One step of a rent relief schedule: from the agreement's {@code fromMonth}th month to its
 * {@code toMonth}th (both included, the first month is 1), {@code percent} of the rent is waived.
 */
@Embeddable
public class ReliefStep implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "from_month", nullable = false)
    private int fromMonth;

    @Column(name = "to_month", nullable = false)
    private int toMonth;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal percent;

    protected ReliefStep() {
        // for JPA
    }

    public ReliefStep(int fromMonth, int toMonth, BigDecimal percent) {
        this.fromMonth = fromMonth;
        this.toMonth = toMonth;
        this.percent = percent;
    }

    public int fromMonth() {
        return fromMonth;
    }

    public int toMonth() {
        return toMonth;
    }

    public BigDecimal percent() {
        return percent;
    }

    boolean covers(int month) {
        return month >= fromMonth && month <= toMonth;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReliefStep other && fromMonth == other.fromMonth && toMonth == other.toMonth
                && percent.compareTo(other.percent) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(fromMonth, toMonth, percent.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return fromMonth + "–" + toMonth + ": " + percent.toPlainString() + " %";
    }
}
