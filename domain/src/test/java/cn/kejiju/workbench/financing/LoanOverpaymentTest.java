package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.financing.LoanPrepaymentTest.Line;
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
import static cn.kejiju.workbench.financing.LoanPrepaymentTest.payFirst;
import static cn.kejiju.workbench.financing.LoanPrepaymentTest.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A repayment larger than what is due by its day (多还): what is due is paid first — overdue, then the instalment
 * falling due that day, interest before principal — and the rest is an early repayment of principal (提前还本) that
 * generates the instalments ahead again exactly as {@link Loan#prepay} does; interest not yet accrued is never
 * paid. The loan of {@link LoanPrepaymentTest}: 300,000 yuan at 6 % over 12 months from 15 January 2026, today
 * 30 June.
 */
class LoanOverpaymentTest {

    private static final BigDecimal PRINCIPAL = new BigDecimal("300000.00");
    private static final BigDecimal AHEAD = new BigDecimal("100000.00");

    private final LoanPrepaymentTest loans = new LoanPrepaymentTest();

    Loan loan(ScheduleMethod method) {
        return loans.loan(method, RoundingMode.HALF_UP);
    }

    static List<Line> lines(Loan loan) {
        return loan.getInstalments().stream().map(Line::of).toList();
    }

    @ParameterizedTest
    @EnumSource(ScheduleMethod.class)
    void theOverdueInstalmentIsPaidThenTheRestRepaysPrincipalAsAnEarlyRepaymentWould(ScheduleMethod method) {
        Loan loan = loan(method);
        payFirst(loan, 4); // June's instalment (15 June) is past due on 30 June
        Instalment june = loan.getInstalments().get(4);
        BigDecimal juneInterest = june.getInterestDue();
        BigDecimal junePrincipal = june.getPrincipalDue();
        BigDecimal paid = june.total().add(AHEAD);

        Repayment repayment = loan.repay(paid, TODAY, "lj.clerk", CLOCK);

        // the same as paying June's instalment, then repaying 100,000 of principal early
        Loan twin = loan(method);
        payFirst(twin, 5);
        twin.prepay(AHEAD, TODAY, "lj.clerk", CLOCK);
        assertEquals(lines(twin), lines(loan), method + ": the instalments ahead generated again as by prepay");

        assertEquals(paid, repayment.getAmount());
        assertEquals(juneInterest, repayment.getInterestPart(), "only June's interest, none of July's or later");
        assertEquals(junePrincipal.add(AHEAD), repayment.getPrincipalPart());
        assertEquals(repayment.getAmount(), repayment.getInterestPart().add(repayment.getPrincipalPart()));
        assertTrue(repayment.isEarly());
        assertEquals(15, repayment.getDaysLate());
        assertEquals(TODAY, loan.getInstalments().get(4).settledOn().orElseThrow());
        loan.getInstalments().subList(5, 12).forEach(i -> assertTrue(i.untouched(), "nothing paid on " + i.getNumber()));
        assertEquals(PRINCIPAL, sum(loan.getInstalments(), Instalment::getPrincipalDue).add(AHEAD), "exact to the fen");
        assertEquals(0, loan.daysPastDue(TODAY));
        assertEquals(LoanStatus.ACTIVE, loan.getStatus());
    }

    @ParameterizedTest
    @EnumSource(ScheduleMethod.class)
    void overdueAndCurrentInstalmentsComeFirstInterestBeforePrincipal(ScheduleMethod method) {
        Loan loan = loan(method);
        payFirst(loan, 3); // May's instalment is past due on 15 June, June's falls due that day
        LocalDate juneDue = loan.getInstalments().get(4).getDueOn();
        Instalment may = loan.getInstalments().get(3);
        Instalment june = loan.getInstalments().get(4);
        BigDecimal due = loan.dueBy(juneDue);
        assertEquals(may.total().add(june.total()), due);

        // a fen less than May and June's interest: May in full, June's interest but a fen; nothing ahead is touched
        BigDecimal fen = new BigDecimal("0.01");
        BigDecimal partial = may.total().add(june.getInterestDue()).subtract(fen);
        Repayment first = loan.repay(partial, juneDue, "x", CLOCK);
        assertEquals(may.getInterestDue().add(june.getInterestDue()).subtract(fen), first.getInterestPart());
        assertEquals(may.getPrincipalDue(), first.getPrincipalPart());
        assertFalse(first.isEarly());
        assertEquals(31, first.getDaysLate());
        assertTrue(june.settledOn().isEmpty());
        List<Line> ahead = lines(loan).subList(5, 12);

        // what is left of June (its last fen of interest first), and one fen more: that fen repays principal early
        BigDecimal rest = june.owed().add(fen);
        Repayment second = loan.repay(rest, juneDue, "x", CLOCK);
        assertEquals(fen, second.getInterestPart());
        assertEquals(june.getPrincipalDue().add(fen), second.getPrincipalPart());
        assertTrue(second.isEarly());
        assertEquals(juneDue, june.settledOn().orElseThrow());
        assertEquals(PRINCIPAL, sum(loan.getInstalments(), Instalment::getPrincipalDue).add(fen));
        assertEquals(ahead.stream().map(Line::dueOn).toList(), lines(loan).subList(5, 12).stream().map(Line::dueOn).toList());
    }

    @ParameterizedTest
    @EnumSource(ScheduleMethod.class)
    void noMoreThanWhatIsDueAndThePrincipalAheadIsTakenAndThatRepaysTheLoan(ScheduleMethod method) {
        Loan loan = loan(method);
        payFirst(loan, 4);
        Instalment june = loan.getInstalments().get(4);
        BigDecimal principalAhead = sum(loan.getInstalments().subList(5, 12), Instalment::getPrincipalDue);
        BigDecimal most = june.total().add(principalAhead);
        assertEquals(most, loan.payable(TODAY));
        assertTrue(most.compareTo(loan.outstanding()) < 0, "the interest ahead is not owed today");

        RuleViolationException over = assertThrows(RuleViolationException.class,
                () -> loan.repay(most.add(new BigDecimal("0.01")), TODAY, "x", CLOCK));
        assertEquals("financing.repayment.exceeds", over.messageKey());
        assertEquals(Yuan.format(most), over.arguments()[0]);
        assertEquals(12, loan.getInstalments().size(), "nothing changed by the refusal");

        BigDecimal interestBefore = sum(loan.getInstalments().subList(0, 5), Instalment::getInterestDue);
        Repayment payoff = loan.repay(most, TODAY, "x", CLOCK);
        assertEquals(LoanStatus.REPAID, loan.getStatus());
        assertEquals(new BigDecimal("0.00"), loan.outstanding());
        assertEquals(5, loan.getInstalments().size(), "the instalments ahead go");
        assertEquals(june.getInterestDue(), payoff.getInterestPart());
        assertEquals(june.getPrincipalDue().add(principalAhead), payoff.getPrincipalPart());
        assertEquals(interestBefore, sum(loan.getInstalments(), Instalment::getInterestPaid), "no interest ahead paid");
        assertEquals(PRINCIPAL, sum(loan.getInstalments(), Instalment::getPrincipalPaid).add(principalAhead));
    }

    @Test
    void aRepaymentWhenNothingIsDueIsAllPrincipalAndTheNextInstalmentsInterestIsRecalculated() {
        Loan loan = loan(ScheduleMethod.EQUAL_PRINCIPAL);
        payFirst(loan, 5); // 175,000 left on the seven instalments from July
        Repayment ahead = loan.repay(new BigDecimal("600.00"), TODAY, "x", CLOCK);
        assertEquals(new BigDecimal("0.00"), ahead.getInterestPart());
        assertEquals(new BigDecimal("600.00"), ahead.getPrincipalPart());
        assertTrue(ahead.isEarly());
        Instalment july = loan.getInstalments().get(5);
        assertTrue(july.untouched(), "July's interest is not paid ahead");
        assertEquals(new BigDecimal("24914.29"), july.getPrincipalDue()); // 174,400 over 7 months
        assertEquals(new BigDecimal("872.00"), july.getInterestDue()); // 0.5 % of 174,400, not of 175,000
        assertEquals(new BigDecimal("24914.26"), loan.getInstalments().get(11).getPrincipalDue(), "the last takes the fen");
        assertEquals(PRINCIPAL, sum(loan.getInstalments(), Instalment::getPrincipalDue).add(new BigDecimal("600.00")));
    }

    @Test
    void anInstalmentBegunAheadByAnEarlierRepaymentIsCompletedBeforePrincipalIsRepaidEarly() {
        Loan loan = loan(ScheduleMethod.EQUAL_PRINCIPAL);
        payFirst(loan, 5);
        Instalment july = loan.getInstalments().get(5);
        july.pay(new BigDecimal("100.00"), TODAY); // as the old rule paid part of July's interest ahead
        BigDecimal julyOwed = july.owed();
        assertEquals(julyOwed.add(new BigDecimal("150000.00")), loan.payable(TODAY));

        Repayment repayment = loan.repay(julyOwed.add(AHEAD), TODAY, "x", CLOCK);
        assertEquals(new BigDecimal("775.00"), repayment.getInterestPart()); // the rest of July's 875
        assertEquals(new BigDecimal("25000.00").add(AHEAD), repayment.getPrincipalPart());
        assertEquals(TODAY, july.settledOn().orElseThrow());
        List<Instalment> rest = loan.getInstalments().subList(6, 12); // 150,000 − 100,000 = 50,000 over 6 months
        rest.subList(0, 5).forEach(i -> assertEquals(new BigDecimal("8333.33"), i.getPrincipalDue()));
        assertEquals(new BigDecimal("8333.35"), rest.get(5).getPrincipalDue());
        assertEquals(new BigDecimal("250.00"), rest.get(0).getInterestDue());
        assertEquals(PRINCIPAL, sum(loan.getInstalments(), Instalment::getPrincipalDue).add(AHEAD));
    }
}
