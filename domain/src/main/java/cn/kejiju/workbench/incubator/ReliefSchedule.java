package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.shared.RuleViolationException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * A rent relief schedule (租金减免): steps of months with the share of the rent waived, e.g. months 1–12
 * at 100 % and 13–24 at 50 %. Steps do not overlap; a month no step covers pays the full rent. The rent
 * of a month is exact to the fen, rounded half up once per month.
 */
public record ReliefSchedule(List<ReliefStep> steps) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    public static final int MAX_STEPS = 20;

    public ReliefSchedule {
        steps = steps == null ? List.of() : steps.stream().sorted(Comparator.comparingInt(ReliefStep::fromMonth)).toList();
        if (steps.size() > MAX_STEPS) {
            throw new RuleViolationException("incubator.relief.tooMany", "relief", MAX_STEPS);
        }
        ReliefStep previous = null;
        for (ReliefStep step : steps) {
            if (step.fromMonth() < 1 || step.toMonth() < step.fromMonth()) {
                throw new RuleViolationException("incubator.relief.months", "relief", step.fromMonth(), step.toMonth());
            }
            BigDecimal percent = step.percent();
            if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) > 0
                    || percent.stripTrailingZeros().scale() > 2) {
                throw new RuleViolationException("incubator.relief.percent", "relief");
            }
            if (previous != null && step.fromMonth() <= previous.toMonth()) {
                throw new RuleViolationException("incubator.relief.overlap", "relief", previous.fromMonth(),
                        previous.toMonth(), step.fromMonth(), step.toMonth());
            }
            previous = step;
        }
    }

    public static ReliefSchedule none() {
        return new ReliefSchedule(List.of());
    }

    /** The share of the rent waived in the given month of the agreement (the first is 1). */
    public BigDecimal percentIn(int month) {
        return steps.stream().filter(s -> s.covers(month)).map(ReliefStep::percent).findFirst().orElse(BigDecimal.ZERO);
    }

    /** The rent due in the given month: the monthly rent less the share waived, to the fen. */
    public BigDecimal rentIn(int month, BigDecimal monthlyRent) {
        BigDecimal due = monthlyRent.multiply(HUNDRED.subtract(percentIn(month))).divide(HUNDRED);
        return due.setScale(2, RoundingMode.HALF_UP);
    }

    /** The rent due over the first {@code months} months: the sum of each month's rounded rent. */
    public BigDecimal totalRent(int months, BigDecimal monthlyRent) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (int month = 1; month <= months; month++) {
            total = total.add(rentIn(month, monthlyRent));
        }
        return total;
    }
}
