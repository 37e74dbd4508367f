package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static cn.kejiju.workbench.Fixtures.CLOCK;
import static cn.kejiju.workbench.Fixtures.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Disbursement under a guarantee in force, repayments in order, days past due, compensation and recovery. */
class LoanTest {

    static final LocalDate DISBURSED = LocalDate.of(2026, 1, 15);

    private final Fixtures f = new Fixtures();
    private final Partner guarantor = withId(new Partner(PartnerKind.GUARANTOR, new PartnerProfile("长春担保",
            GuarantorCategory.SMALL_MICRO, new BigDecimal("1000000000"), LocalDate.of(2025, 12, 31), null), CLOCK));
    private final Partner bank = withId(new Partner(PartnerKind.BANK, new PartnerProfile("国开行", null, null, null, null),
            CLOCK));

    Guarantee guarantee(boolean approved) {
        FinancingApplication a = withId(new FinancingApplication(new ApplicationContent(f.company,
                new Product("GUARANTEED", "担保贷款", 1, true), new BigDecimal("300000"), 12, "购置检测设备", bank,
                guarantor), "lj.clerk", CLOCK));
        a.startDiligence(CLOCK);
        a.recordDiligence("良好", CLOCK);
        a.toCommittee(1, CLOCK);
        a.addOpinion(new CommitteeOpinion("张委员", Vote.FOR, null, Fixtures.TODAY), CLOCK);
        Cooperation agreement = withId(new Cooperation(guarantor, bank, new BigDecimal("500000000"),
                LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), CLOCK));
        Guarantee g = a.prepare(Outcome.APPROVE, null, agreement, new GuaranteeTerms(new BigDecimal("300000"),
                new BigDecimal("1.5"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), List.of()), "lj.clerk", CLOCK);
        if (approved) {
            a.approve(g, "leader", CLOCK);
        }
        return g;
    }

    Loan loan(String principal, ScheduleMethod method) {
        return Loan.disburse(guarantee(true), new LoanTerms(new BigDecimal(principal), new BigDecimal("6"), DISBURSED,
                DISBURSED.plusMonths(3), method), RoundingMode.HALF_UP, "lj.clerk", CLOCK);
    }

    @Test
    void aLoanIsDisbursedOnlyUnderAGuaranteeInForceAndWithinWhatWasApplied() {
        LoanTerms terms = new LoanTerms(new BigDecimal("300000"), new BigDecimal("6"), DISBURSED,
                DISBURSED.plusMonths(3), ScheduleMethod.EQUAL_PRINCIPAL);
        assertEquals("financing.loan.guaranteeNotActive", assertThrows(RuleViolationException.class,
                () -> Loan.disburse(guarantee(false), terms, RoundingMode.HALF_UP, "x", CLOCK)).messageKey());
        assertEquals("financing.loan.aboveApplied", assertThrows(RuleViolationException.class,
                () -> Loan.disburse(guarantee(true), new LoanTerms(new BigDecimal("300000.01"), new BigDecimal("6"),
                        DISBURSED, DISBURSED.plusMonths(3), ScheduleMethod.EQUAL_PRINCIPAL), RoundingMode.HALF_UP, "x",
                        CLOCK)).messageKey());
        assertEquals("financing.loan.disbursedOn", assertThrows(RuleViolationException.class,
                () -> Loan.disburse(guarantee(true), new LoanTerms(new BigDecimal("1000"), new BigDecimal("6"),
                        Fixtures.TODAY.plusDays(1), Fixtures.TODAY.plusMonths(3), ScheduleMethod.EQUAL_PRINCIPAL),
                        RoundingMode.HALF_UP, "x", CLOCK)).messageKey());
        Loan loan = Loan.disburse(guarantee(true), terms, RoundingMode.HALF_UP, "x", CLOCK);
        assertEquals(3, loan.getInstalments().size());
        assertEquals(new BigDecimal("300000.00"), loan.principalOutstanding());
        assertEquals(f.county, loan.getCounty());
    }

    @Test
    void aPartialRepaymentPaysInterestFirstAndLeavesTheRestOwed() {
        Loan loan = loan("300000", ScheduleMethod.EQUAL_PRINCIPAL);
        Instalment first = loan.getInstalments().get(0);
        assertEquals(new BigDecimal("1500.00"), first.getInterestDue());
        Repayment partial = loan.repay(new BigDecimal("2000"), DISBURSED.plusMonths(1), "x", CLOCK);
        assertEquals(new BigDecimal("1500.00"), partial.getInterestPart());
        assertEquals(new BigDecimal("500.00"), partial.getPrincipalPart());
        assertEquals(new BigDecimal("99500.00"), first.principalOwed());
        assertTrue(first.settledOn().isEmpty());
        assertEquals(0, partial.getDaysLate());
    }

    @Test
    void daysPastDueCountFromTheOldestUnpaidInstalmentAndALateRepaymentSettlesItFirst() {
        Loan loan = loan("300000", ScheduleMethod.EQUAL_PRINCIPAL);
        LocalDate firstDue = DISBURSED.plusMonths(1);
        assertEquals(0, loan.daysPastDue(firstDue));
        assertEquals(1, loan.daysPastDue(firstDue.plusDays(1)));
        assertEquals(LoanClass.SPECIAL_MENTION, loan.classify(firstDue.plusDays(1), ClassificationBands.DEFAULT));
        assertEquals(new BigDecimal("101500.00"), loan.dueBy(firstDue));
        Repayment late = loan.repay(new BigDecimal("101500.00"), firstDue.plusDays(10), "x", CLOCK);
        assertEquals(10, late.getDaysLate());
        assertEquals(firstDue.plusDays(10), loan.getInstalments().get(0).settledOn().orElseThrow());
        assertEquals(0, loan.daysPastDue(firstDue.plusDays(10)));
        LocalDate secondDue = DISBURSED.plusMonths(2);
        assertEquals(33, loan.daysPastDue(secondDue.plusDays(33)));
    }

    @Test
    void aRepaymentBeforeAnythingIsDueRepaysPrincipalOnlyAndNeverMoreThanThePrincipalLeft() {
        Loan loan = loan("300000", ScheduleMethod.EQUAL_PRINCIPAL);
        assertEquals(new BigDecimal("303000.00"), loan.outstanding());
        BigDecimal most = loan.payable(DISBURSED.plusDays(5));
        assertEquals(new BigDecimal("300000.00"), most, "no interest has fallen due five days in");
        RuleViolationException over = assertThrows(RuleViolationException.class,
                () -> loan.repay(most.add(new BigDecimal("0.01")), DISBURSED.plusDays(5), "x", CLOCK));
        assertEquals("financing.repayment.exceeds", over.messageKey());
        assertEquals("300,000.00", over.arguments()[0]);
        Repayment all = loan.repay(most, DISBURSED.plusDays(5), "x", CLOCK);
        assertEquals(new BigDecimal("300000.00"), all.getPrincipalPart());
        assertEquals(new BigDecimal("0.00"), all.getInterestPart());
        assertTrue(all.isEarly());
        assertEquals(LoanStatus.REPAID, loan.getStatus());
        assertEquals(new BigDecimal("0.00"), loan.outstanding());
        assertEquals("financing.loan.notActive", assertThrows(RuleViolationException.class,
                () -> loan.repay(BigDecimal.ONE, DISBURSED.plusDays(6), "x", CLOCK)).messageKey());
    }

    @Test
    void repaymentsAreDatedBetweenDisbursementAndToday() {
        Loan loan = loan("300000", ScheduleMethod.INTEREST_ONLY);
        assertEquals("financing.loan.day", assertThrows(RuleViolationException.class,
                () -> loan.repay(BigDecimal.TEN, DISBURSED.minusDays(1), "x", CLOCK)).messageKey());
        assertThrows(RuleViolationException.class, () -> loan.repay(BigDecimal.TEN, Fixtures.TODAY.plusDays(1), "x", CLOCK));
        assertEquals("financing.amount.fen", assertThrows(RuleViolationException.class,
                () -> loan.repay(new BigDecimal("0.001"), DISBURSED, "x", CLOCK)).messageKey());
    }

    @Test
    void compensationComesOnlyAfterDefaultAndAtMostWhatIsOwed() {
        Loan loan = loan("300000", ScheduleMethod.INTEREST_ONLY);
        LocalDate firstDue = DISBURSED.plusMonths(1);
        assertEquals("financing.compensation.notInDefault", assertThrows(RuleViolationException.class,
                () -> loan.compensate(new BigDecimal("1000"), firstDue, "x", CLOCK)).messageKey());
        assertEquals("financing.compensation.exceeds", assertThrows(RuleViolationException.class,
                () -> loan.compensate(new BigDecimal("304500.01"), firstDue.plusDays(1), "x", CLOCK)).messageKey());
        Compensation compensation = loan.compensate(new BigDecimal("304500.00"), firstDue.plusDays(1), "x", CLOCK);
        assertEquals(LoanStatus.COMPENSATED, loan.getStatus());
        assertEquals(new BigDecimal("304500.00"), compensation.outstanding());
        assertThrows(RuleViolationException.class, () -> loan.repay(BigDecimal.TEN, firstDue.plusDays(2), "x", CLOCK));
    }

    @Test
    void recoveriesAreCappedAtTheCompensationStillOutstandingToTheFen() {
        Loan loan = loan("300000", ScheduleMethod.INTEREST_ONLY);
        LocalDate day = DISBURSED.plusMonths(1).plusDays(1);
        Compensation compensation = loan.compensate(new BigDecimal("100000.00"), day, "x", CLOCK);
        compensation.recover(new BigDecimal("60000"), day, "x", CLOCK);
        RuleViolationException over = assertThrows(RuleViolationException.class,
                () -> compensation.recover(new BigDecimal("40000.01"), day, "x", CLOCK));
        assertEquals("financing.recovery.cap", over.messageKey());
        assertEquals("40,000.00", over.arguments()[0]);
        assertEquals("0.01", over.arguments()[2]);
        assertEquals(new BigDecimal("40000.00"), compensation.outstanding());
        compensation.recover(new BigDecimal("40000.00"), day, "x", CLOCK);
        assertEquals(CompensationStatus.CLOSED, compensation.getStatus());
        assertEquals("financing.recovery.notNow", assertThrows(RuleViolationException.class,
                () -> compensation.recover(new BigDecimal("0.01"), day, "x", CLOCK)).messageKey());
    }

    @Test
    void aWriteOffIsPreparedByOneAndApprovedByAnother() {
        Loan loan = loan("300000", ScheduleMethod.INTEREST_ONLY);
        LocalDate day = DISBURSED.plusMonths(1).plusDays(1);
        Compensation compensation = loan.compensate(new BigDecimal("100000.00"), day, "x", CLOCK);
        compensation.recover(new BigDecimal("30000"), day, "x", CLOCK);
        assertThrows(RuleViolationException.class, () -> compensation.approveWriteOff("leader", CLOCK));
        compensation.prepareWriteOff("企业破产清算完毕", "lj.clerk", CLOCK);
        assertEquals(new BigDecimal("70000.00"), compensation.writeOffAmount().orElseThrow());
        assertThrows(RuleViolationException.class, () -> compensation.recover(BigDecimal.ONE, day, "x", CLOCK));
        assertEquals("financing.writeOff.ownPreparation", assertThrows(RuleViolationException.class,
                () -> compensation.approveWriteOff("lj.clerk", CLOCK)).messageKey());
        compensation.rejectWriteOff("leader", CLOCK);
        assertEquals(CompensationStatus.RECOVERING, compensation.getStatus());
        compensation.prepareWriteOff("企业破产清算完毕", "lj.clerk", CLOCK);
        compensation.approveWriteOff("leader", CLOCK);
        assertEquals(CompensationStatus.CLOSED, compensation.getStatus());
        assertEquals(new BigDecimal("70000.00"), compensation.getWrittenOff());
        assertEquals(new BigDecimal("0.00"), compensation.outstanding());
    }

    @Test
    void theRoundingModeOfTheSettingsIsTheLoans() {
        Clock clock = Clock.fixed(CLOCK.instant(), ZoneId.of("Asia/Shanghai"));
        Loan loan = Loan.disburse(guarantee(true), new LoanTerms(new BigDecimal("1000"), new BigDecimal("0"),
                DISBURSED, DISBURSED.plusMonths(3), ScheduleMethod.EQUAL_PRINCIPAL), RoundingMode.UP, "x", clock);
        assertEquals(new BigDecimal("333.34"), loan.getInstalments().get(0).getPrincipalDue());
        assertEquals(new BigDecimal("333.32"), loan.getInstalments().get(2).getPrincipalDue());
        assertEquals(RoundingMode.UP, loan.getRoundingMode());
    }
}
