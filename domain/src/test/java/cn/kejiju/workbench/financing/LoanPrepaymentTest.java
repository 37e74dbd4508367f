package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import static cn.kejiju.workbench.Fixtures.CLOCK;
import static cn.kejiju.workbench.Fixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Early repayment of principal (提前还款): the instalments nothing has been paid on are generated again for the
 * principal left, by the loan's method and rounding mode, the last taking the rounding; paid ones stay as they are.
 * A 300,000 yuan loan at 6 % over 12 months from 15 January 2026, five instalments paid, 100,000 prepaid on 30 June.
 */
class LoanPrepaymentTest {

    private static final LocalDate DISBURSED = LoanTest.DISBURSED;
    private static final BigDecimal PRINCIPAL = new BigDecimal("300000.00");
    private static final BigDecimal PREPAID = new BigDecimal("100000.00");

    private final LoanTest loans = new LoanTest();

    Loan loan(ScheduleMethod method, RoundingMode mode) {
        return Loan.disburse(loans.guarantee(true), new LoanTerms(PRINCIPAL, new BigDecimal("6"), DISBURSED,
                DISBURSED.plusMonths(12), method), mode, "lj.clerk", CLOCK);
    }

    /** Pays the first {@code n} instalments on their due days. */
    static void payFirst(Loan loan, int n) {
        for (Instalment i : loan.getInstalments().subList(0, n)) {
            loan.repay(i.total(), i.getDueOn(), "lj.clerk", CLOCK);
        }
    }

    static BigDecimal sum(List<Instalment> rows, java.util.function.Function<Instalment, BigDecimal> f) {
        return rows.stream().map(f).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    record Line(int number, LocalDate dueOn, BigDecimal principal, BigDecimal interest, BigDecimal paid) {
        static Line of(Instalment i) {
            return new Line(i.getNumber(), i.getDueOn(), i.getPrincipalDue(), i.getInterestDue(),
                    i.getPrincipalPaid().add(i.getInterestPaid()));
        }
    }

    @ParameterizedTest
    @EnumSource(ScheduleMethod.class)
    void theRemainingInstalmentsAreGeneratedAgainAndThePrincipalsStillAddUpToTheLoan(ScheduleMethod method) {
        Loan loan = loan(method, RoundingMode.HALF_UP);
        payFirst(loan, 5);
        List<Line> paidBefore = loan.getInstalments().subList(0, 5).stream().map(Line::of).toList();
        List<LocalDate> dueBefore = loan.getInstalments().stream().map(Instalment::getDueOn).toList();
        BigDecimal principalOwedBefore = loan.principalOutstanding();

        Repayment prepayment = loan.prepay(PREPAID, TODAY, "lj.clerk", CLOCK);

        assertTrue(prepayment.isEarly());
        assertEquals(PREPAID, prepayment.getPrincipalPart());
        assertEquals(new BigDecimal("0.00"), prepayment.getInterestPart());
        assertEquals(0, prepayment.getDaysLate());
        List<Instalment> after = loan.getInstalments();
        assertEquals(12, after.size());
        assertEquals(paidBefore, after.subList(0, 5).stream().map(Line::of).toList());
        assertEquals(dueBefore, after.stream().map(Instalment::getDueOn).toList());
        assertEquals(principalOwedBefore.subtract(PREPAID), loan.principalOutstanding());
        assertEquals(PRINCIPAL, sum(after, Instalment::getPrincipalDue).add(PREPAID), "exact to the fen");

        BigDecimal left = principalOwedBefore.subtract(PREPAID);
        List<InstalmentPlan> fresh = RepaymentSchedule.generate(left, new BigDecimal("6"), DISBURSED,
                DISBURSED.plusMonths(7), method, RoundingMode.HALF_UP);
        List<Instalment> rest = after.subList(5, 12);
        for (int i = 0; i < 7; i++) {
            assertEquals(6 + i, rest.get(i).getNumber());
            assertEquals(fresh.get(i).principal(), rest.get(i).getPrincipalDue(), "principal of " + (6 + i));
            assertEquals(fresh.get(i).interest(), rest.get(i).getInterestDue(), "interest of " + (6 + i));
        }
        assertEquals(left.multiply(new BigDecimal("0.005")).setScale(2, RoundingMode.HALF_UP),
                rest.get(0).getInterestDue(), "the first month's interest on what is owed after the prepayment");
    }

    @Test
    void equalPrincipalSpreadsWhatIsLeftEvenlyAndTheLastTakesTheFen() {
        Loan loan = loan(ScheduleMethod.EQUAL_PRINCIPAL, RoundingMode.HALF_UP);
        payFirst(loan, 5);
        loan.prepay(PREPAID, TODAY, "x", CLOCK); // 175,000 − 100,000 = 75,000 over 7 months
        List<Instalment> rest = loan.getInstalments().subList(5, 12);
        rest.subList(0, 6).forEach(i -> assertEquals(new BigDecimal("10714.29"), i.getPrincipalDue()));
        assertEquals(new BigDecimal("10714.26"), rest.get(6).getPrincipalDue());
        assertEquals(new BigDecimal("375.00"), rest.get(0).getInterestDue());
        assertEquals(new BigDecimal("53.57"), rest.get(6).getInterestDue());
    }

    @Test
    void theLoansRoundingModeDecides() {
        Loan loan = loan(ScheduleMethod.EQUAL_PRINCIPAL, RoundingMode.DOWN);
        payFirst(loan, 5);
        loan.prepay(PREPAID, TODAY, "x", CLOCK);
        List<Instalment> rest = loan.getInstalments().subList(5, 12);
        rest.subList(0, 6).forEach(i -> assertEquals(new BigDecimal("10714.28"), i.getPrincipalDue()));
        assertEquals(new BigDecimal("10714.32"), rest.get(6).getPrincipalDue());
    }

    @Test
    void equalInstalmentsKeepOneLevelPaymentOverTheRemainingMonths() {
        Loan loan = loan(ScheduleMethod.EQUAL_INSTALMENT, RoundingMode.HALF_UP);
        payFirst(loan, 5);
        loan.prepay(PREPAID, TODAY, "x", CLOCK);
        List<Instalment> rest = loan.getInstalments().subList(5, 12);
        BigDecimal level = rest.get(0).total();
        rest.subList(0, 6).forEach(i -> assertEquals(level, i.total()));
        assertTrue(level.compareTo(loan.getInstalments().get(0).total()) < 0, "smaller instalments after prepaying");
    }

    @Test
    void interestOnlyOwesTheInterestOfWhatIsLeftAndThePrincipalAtMaturity() {
        Loan loan = loan(ScheduleMethod.INTEREST_ONLY, RoundingMode.HALF_UP);
        payFirst(loan, 5);
        loan.prepay(PREPAID, TODAY, "x", CLOCK);
        List<Instalment> rest = loan.getInstalments().subList(5, 12);
        rest.forEach(i -> assertEquals(new BigDecimal("1000.00"), i.getInterestDue()));
        rest.subList(0, 6).forEach(i -> assertEquals(new BigDecimal("0.00"), i.getPrincipalDue()));
        assertEquals(new BigDecimal("200000.00"), rest.get(6).getPrincipalDue());
    }

    @Test
    void anInstalmentPaidInPartStaysAndTheOnesAfterItAreGeneratedAgain() {
        Loan loan = loan(ScheduleMethod.EQUAL_PRINCIPAL, RoundingMode.HALF_UP);
        payFirst(loan, 5);
        // part of July's interest, paid ahead by a repayment under the old rule (a repayment now repays principal)
        loan.getInstalments().get(5).pay(new BigDecimal("100.00"), TODAY);
        Line sixth = Line.of(loan.getInstalments().get(5));
        loan.prepay(PREPAID, TODAY, "x", CLOCK); // 150,000 on 7..12 − 100,000 = 50,000 over 6 months
        assertEquals(sixth, Line.of(loan.getInstalments().get(5)));
        List<Instalment> rest = loan.getInstalments().subList(6, 12);
        rest.subList(0, 5).forEach(i -> assertEquals(new BigDecimal("8333.33"), i.getPrincipalDue()));
        assertEquals(new BigDecimal("8333.35"), rest.get(5).getPrincipalDue());
        assertEquals(PRINCIPAL, sum(loan.getInstalments(), Instalment::getPrincipalDue).add(PREPAID));
    }

    @Test
    void prepayingAllThatIsLeftRemovesTheRemainingInstalmentsAndRepaysTheLoan() {
        Loan loan = loan(ScheduleMethod.EQUAL_INSTALMENT, RoundingMode.HALF_UP);
        payFirst(loan, 5);
        BigDecimal left = loan.principalOutstanding();
        loan.prepay(left, TODAY, "x", CLOCK);
        assertEquals(5, loan.getInstalments().size());
        assertEquals(LoanStatus.REPAID, loan.getStatus());
        assertEquals(new BigDecimal("0.00"), loan.outstanding());
        assertEquals(PRINCIPAL, sum(loan.getInstalments(), Instalment::getPrincipalDue).add(left));
    }

    @Test
    void whatIsDueComesFirstAndNoMoreThanThePrincipalLeftIsTaken() {
        Loan loan = loan(ScheduleMethod.EQUAL_PRINCIPAL, RoundingMode.HALF_UP);
        payFirst(loan, 4); // June's instalment (15 June) is past due on 30 June
        RuleViolationException due = assertThrows(RuleViolationException.class,
                () -> loan.prepay(PREPAID, TODAY, "x", CLOCK));
        assertEquals("financing.prepayment.dueFirst", due.messageKey());
        Instalment june = loan.getInstalments().get(4);
        loan.repay(june.total(), TODAY, "x", CLOCK);
        RuleViolationException over = assertThrows(RuleViolationException.class,
                () -> loan.prepay(new BigDecimal("175000.01"), TODAY, "x", CLOCK));
        assertEquals("financing.prepayment.exceeds", over.messageKey());
        assertFalse(loan.getInstalments().get(5).getPrincipalDue().compareTo(new BigDecimal("25000.00")) != 0,
                "nothing changed by a refusal");
        loan.prepay(new BigDecimal("175000.00"), TODAY, "x", CLOCK);
        assertEquals(LoanStatus.REPAID, loan.getStatus());
    }
}
