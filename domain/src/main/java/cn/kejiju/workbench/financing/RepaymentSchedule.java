package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.shared.RuleViolationException;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The instalment table of a loan, generated exactly: one instalment a month on the day of disbursement (the
 * last on the maturity date), the month's interest being what is still owed × annual rate ÷ 12, every amount
 * rounded to the fen with the one configured rounding mode, and the last instalment taking the principal
 * still owed, so that the principals add up to the loan to the fen.
 */
public final class RepaymentSchedule {

    /** The rounding modes the settings offer (UNNECESSARY would fail; CEILING and FLOOR equal UP and DOWN here). */
    public static final Set<RoundingMode> ROUNDING_MODES = EnumSet.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN,
            RoundingMode.HALF_DOWN, RoundingMode.UP, RoundingMode.DOWN);
    /** Annual rates in percent are below this and have at most four places. */
    public static final BigDecimal RATE_MAX = BigDecimal.valueOf(100);
    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal MONTHS_PERCENT = BigDecimal.valueOf(1200);

    private RepaymentSchedule() {
    }

    /** The number of whole months from disbursement to maturity; refused unless maturity is such a month day. */
    public static int months(LocalDate disbursedOn, LocalDate maturity) {
        if (disbursedOn == null) {
            throw new RuleViolationException("field.required", "disbursedOn");
        }
        if (maturity == null) {
            throw new RuleViolationException("field.required", "maturity");
        }
        long months = ChronoUnit.MONTHS.between(disbursedOn, maturity);
        if (!disbursedOn.plusMonths(months).equals(maturity)) {
            months++; // 31 January + 3 months is 30 April, three months though a day short by the calendar
        }
        if (months < 1 || months > FinancingApplication.TERM_MAX || !disbursedOn.plusMonths(months).equals(maturity)) {
            throw new RuleViolationException("financing.loan.maturity", "maturity", disbursedOn,
                    FinancingApplication.TERM_MAX);
        }
        return (int) months;
    }

    /** An annual rate in percent: 0 ≤ rate < 100, at most four places. */
    public static BigDecimal rate(BigDecimal annualPercent) {
        if (annualPercent == null) {
            throw new RuleViolationException("field.required", "annualRate");
        }
        if (annualPercent.signum() < 0 || annualPercent.compareTo(RATE_MAX) >= 0
                || annualPercent.stripTrailingZeros().scale() > 4) {
            throw new RuleViolationException("financing.loan.rate", "annualRate");
        }
        return annualPercent.setScale(4, RoundingMode.UNNECESSARY);
    }

    public static RoundingMode rounding(RoundingMode mode) {
        if (mode == null || !ROUNDING_MODES.contains(mode)) {
            throw new RuleViolationException("financing.settings.rounding", "roundingMode");
        }
        return mode;
    }

    /** The instalments of a loan of {@code principal} yuan at {@code annualPercent} from disbursement to maturity. */
    public static List<InstalmentPlan> generate(BigDecimal principal, BigDecimal annualPercent, LocalDate disbursedOn,
                                                LocalDate maturity, ScheduleMethod method, RoundingMode mode) {
        BigDecimal owed = Yuan.positive(principal, "principal");
        BigDecimal monthly = rate(annualPercent).divide(MONTHS_PERCENT, EXACT);
        int n = months(disbursedOn, maturity);
        RoundingMode rounding = rounding(mode);
        if (method == null) {
            throw new RuleViolationException("field.required", "method");
        }
        List<LocalDate> dueDates = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            dueDates.add(disbursedOn.plusMonths(i));
        }
        return table(owed, monthly, 1, dueDates, method, rounding);
    }

    /**
     * The remaining instalments of a loan after an early repayment of principal (提前还款): {@code owed} — the
     * principal still to be repaid on them — spread by the loan's method over the same due dates, numbered from
     * {@code firstNumber}, each month's interest on what is still owed, the last taking the principal still owed.
     * Nothing owed answers no instalment.
     */
    public static List<InstalmentPlan> regenerate(BigDecimal owed, BigDecimal annualPercent, int firstNumber,
                                                  List<LocalDate> dueDates, ScheduleMethod method, RoundingMode mode) {
        if (owed == null || owed.signum() < 0 || owed.scale() > 2) {
            throw new IllegalArgumentException("owed must be yuan, not negative: " + owed);
        }
        if (owed.signum() == 0 || dueDates.isEmpty()) {
            return List.of();
        }
        return table(owed.setScale(2), rate(annualPercent).divide(MONTHS_PERCENT, EXACT), firstNumber,
                List.copyOf(dueDates), method, rounding(mode));
    }

    private static List<InstalmentPlan> table(BigDecimal principal, BigDecimal monthly, int firstNumber,
                                              List<LocalDate> dueDates, ScheduleMethod method, RoundingMode rounding) {
        if (method == null) {
            throw new RuleViolationException("field.required", "method");
        }
        int n = dueDates.size();
        BigDecimal owed = principal;
        BigDecimal level = switch (method) {
            case EQUAL_INSTALMENT -> levelPayment(owed, monthly, n, rounding);
            case EQUAL_PRINCIPAL -> owed.divide(BigDecimal.valueOf(n), 2, rounding);
            case INTEREST_ONLY -> BigDecimal.ZERO.setScale(2);
        };
        List<InstalmentPlan> plans = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            BigDecimal interest = owed.multiply(monthly).setScale(2, rounding);
            BigDecimal part;
            if (i == n) {
                part = owed;
            } else {
                part = switch (method) {
                    case EQUAL_INSTALMENT -> level.subtract(interest);
                    case EQUAL_PRINCIPAL -> level;
                    case INTEREST_ONLY -> BigDecimal.ZERO.setScale(2);
                };
                part = part.max(BigDecimal.ZERO.setScale(2)).min(owed);
            }
            owed = owed.subtract(part);
            plans.add(new InstalmentPlan(firstNumber + i - 1, dueDates.get(i - 1), part, interest));
        }
        return List.copyOf(plans);
    }

    /** P·r·(1+r)^n ÷ ((1+r)^n − 1), or P ÷ n without interest, rounded to the fen. */
    static BigDecimal levelPayment(BigDecimal principal, BigDecimal monthly, int n, RoundingMode rounding) {
        if (monthly.signum() == 0) {
            return principal.divide(BigDecimal.valueOf(n), 2, rounding);
        }
        BigDecimal growth = BigDecimal.ONE.add(monthly).pow(n, EXACT);
        return principal.multiply(monthly).multiply(growth)
                .divide(growth.subtract(BigDecimal.ONE), EXACT).setScale(2, rounding);
    }
}
