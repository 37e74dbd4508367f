package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RepaymentScheduleTest {

    private static final LocalDate DISBURSED = LocalDate.of(2026, 1, 31);

    private static List<InstalmentPlan> table(String principal, String rate, int months, ScheduleMethod method,
                                              RoundingMode mode) {
        return RepaymentSchedule.generate(new BigDecimal(principal), new BigDecimal(rate), DISBURSED,
                DISBURSED.plusMonths(months), method, mode);
    }

    private static BigDecimal principals(List<InstalmentPlan> plans) {
        return plans.stream().map(InstalmentPlan::principal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void equalInstalmentsPayTheAnnuityAndTheLastTakesTheRounding() {
        List<InstalmentPlan> plans = table("100000", "4.35", 3, ScheduleMethod.EQUAL_INSTALMENT, RoundingMode.HALF_UP);
        assertEquals(List.of(new BigDecimal("33212.79"), new BigDecimal("33333.19"), new BigDecimal("33454.02")),
                plans.stream().map(InstalmentPlan::principal).toList());
        assertEquals(List.of(new BigDecimal("362.50"), new BigDecimal("242.10"), new BigDecimal("121.27")),
                plans.stream().map(InstalmentPlan::interest).toList());
        assertEquals(new BigDecimal("33575.29"), plans.get(0).total());
        assertEquals(new BigDecimal("33575.29"), plans.get(1).total());
        assertEquals(new BigDecimal("100000.00"), principals(plans));
    }

    @Test
    void aMillionAtSixPercentOverAYearIs86066Point43AMonth() {
        List<InstalmentPlan> plans = table("1000000", "6", 12, ScheduleMethod.EQUAL_INSTALMENT, RoundingMode.HALF_UP);
        assertEquals(12, plans.size());
        plans.subList(0, 11).forEach(p -> assertEquals(new BigDecimal("86066.43"), p.total()));
        assertEquals(new BigDecimal("1000000.00"), principals(plans));
        assertEquals(new BigDecimal("5000.00"), plans.get(0).interest());
    }

    @Test
    void equalPrincipalRepaysTheSameEachMonthAndTheLastTheRest() {
        List<InstalmentPlan> plans = table("1000000", "5", 3, ScheduleMethod.EQUAL_PRINCIPAL, RoundingMode.HALF_UP);
        assertEquals(new BigDecimal("333333.33"), plans.get(0).principal());
        assertEquals(new BigDecimal("333333.33"), plans.get(1).principal());
        assertEquals(new BigDecimal("333333.34"), plans.get(2).principal());
        assertEquals(new BigDecimal("4166.67"), plans.get(0).interest());
        assertEquals(new BigDecimal("2777.78"), plans.get(1).interest());
        assertEquals(new BigDecimal("1388.89"), plans.get(2).interest());
        assertEquals(new BigDecimal("1000000.00"), principals(plans));
    }

    @Test
    void interestOnlyRepaysThePrincipalAtMaturity() {
        List<InstalmentPlan> plans = table("500000", "4.8", 6, ScheduleMethod.INTEREST_ONLY, RoundingMode.HALF_UP);
        plans.subList(0, 5).forEach(p -> assertEquals(new BigDecimal("0.00"), p.principal()));
        plans.forEach(p -> assertEquals(new BigDecimal("2000.00"), p.interest()));
        assertEquals(new BigDecimal("500000.00"), plans.get(5).principal());
        assertEquals(DISBURSED.plusMonths(6), plans.get(5).dueOn());
    }

    @Test
    void theRoundingModeDecidesTheFen() {
        assertEquals(new BigDecimal("333.34"), table("1000", "0", 3, ScheduleMethod.EQUAL_PRINCIPAL, RoundingMode.UP)
                .get(0).principal());
        List<InstalmentPlan> down = table("1000", "0", 3, ScheduleMethod.EQUAL_PRINCIPAL, RoundingMode.DOWN);
        assertEquals(new BigDecimal("333.33"), down.get(0).principal());
        assertEquals(new BigDecimal("333.34"), down.get(2).principal());
        List<InstalmentPlan> up = table("1000", "0", 3, ScheduleMethod.EQUAL_PRINCIPAL, RoundingMode.UP);
        assertEquals(new BigDecimal("333.32"), up.get(2).principal());
        assertThrows(RuleViolationException.class,
                () -> table("1000", "5", 3, ScheduleMethod.EQUAL_PRINCIPAL, RoundingMode.UNNECESSARY));
    }

    @ParameterizedTest
    @EnumSource(ScheduleMethod.class)
    void principalsAddUpToTheLoanToTheFenWhateverTheModeAndTerm(ScheduleMethod method) {
        for (RoundingMode mode : RepaymentSchedule.ROUNDING_MODES) {
            for (int months : new int[] {1, 7, 13, 36, 119}) {
                for (String principal : new String[] {"0.07", "12345.67", "3000000", "99999999.99"}) {
                    List<InstalmentPlan> plans = table(principal, "4.3500", months, method, mode);
                    assertEquals(new BigDecimal(principal).setScale(2), principals(plans), method + " " + mode + " "
                            + months + " " + principal);
                    assertTrue(plans.stream().allMatch(p -> p.principal().signum() >= 0 && p.principal().scale() == 2
                            && p.interest().scale() == 2), method + " " + mode);
                    assertEquals(DISBURSED.plusMonths(months), plans.get(plans.size() - 1).dueOn());
                }
            }
        }
    }

    @Test
    void dueDatesKeepTheDayOfDisbursementOrTheMonthsLast() {
        List<InstalmentPlan> plans = table("1200", "0", 3, ScheduleMethod.EQUAL_INSTALMENT, RoundingMode.HALF_UP);
        assertEquals(LocalDate.of(2026, 2, 28), plans.get(0).dueOn());
        assertEquals(LocalDate.of(2026, 3, 31), plans.get(1).dueOn());
        assertEquals(new BigDecimal("400.00"), plans.get(0).total());
    }

    @Test
    void maturityIsAWholeNumberOfMonthsAndTheRateInRange() {
        assertEquals("financing.loan.maturity", assertThrows(RuleViolationException.class,
                () -> RepaymentSchedule.months(DISBURSED, DISBURSED.plusDays(40))).messageKey());
        assertThrows(RuleViolationException.class, () -> RepaymentSchedule.months(DISBURSED, DISBURSED));
        assertEquals(12, RepaymentSchedule.months(DISBURSED, DISBURSED.plusMonths(12)));
        assertEquals("financing.loan.rate", assertThrows(RuleViolationException.class,
                () -> RepaymentSchedule.rate(new BigDecimal("4.35001"))).messageKey());
        assertThrows(RuleViolationException.class, () -> RepaymentSchedule.rate(new BigDecimal("-0.01")));
        assertThrows(RuleViolationException.class, () -> RepaymentSchedule.rate(new BigDecimal("100")));
        assertThrows(RuleViolationException.class,
                () -> table("0.001", "5", 3, ScheduleMethod.EQUAL_PRINCIPAL, RoundingMode.HALF_UP));
    }
}
