package cn.kejiju.workbench.financing;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static cn.kejiju.workbench.Fixtures.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The position a loan keeps for the statistics (V46): the principal still owed and the due day of the oldest
 * instalment not paid in full, equal to what its instalments say after every disbursement, repayment, early
 * repayment and compensation.
 */
class LoanPositionTest {

    private final LoanTest loans = new LoanTest();

    private static void assertKept(Loan loan) {
        assertEquals(loan.principalOutstanding(), loan.getBalance());
        assertEquals(loan.nextDue().map(Instalment::getDueOn).orElse(null), loan.getFirstUnpaidDue());
    }

    @Test
    void theKeptPositionFollowsDisbursementRepaymentsAndEarlyRepayment() {
        Loan loan = loans.loan("300000", ScheduleMethod.EQUAL_PRINCIPAL);
        assertKept(loan);
        assertEquals(new BigDecimal("300000.00"), loan.getBalance());
        assertEquals(loan.getInstalments().get(0).getDueOn(), loan.getFirstUnpaidDue());

        // part of the first instalment: it is still the oldest unpaid, its principal partly repaid
        loan.repay(new BigDecimal("2000"), LoanTest.DISBURSED.plusMonths(1), "x", CLOCK);
        assertKept(loan);
        assertEquals(loan.getInstalments().get(0).getDueOn(), loan.getFirstUnpaidDue());
        assertEquals(new BigDecimal("299500.00"), loan.getBalance());

        // the rest of the first: the second is now the oldest unpaid
        loan.repay(loan.dueBy(LoanTest.DISBURSED.plusMonths(1)), LoanTest.DISBURSED.plusMonths(1), "x", CLOCK);
        assertKept(loan);
        assertEquals(loan.getInstalments().get(1).getDueOn(), loan.getFirstUnpaidDue());
        assertEquals(new BigDecimal("200000.00"), loan.getBalance());

        loan.prepay(new BigDecimal("50000"), LoanTest.DISBURSED.plusMonths(1).plusDays(3), "x", CLOCK);
        assertKept(loan);
        assertEquals(new BigDecimal("150000.00"), loan.getBalance());

        loan.repay(loan.payable(LoanTest.DISBURSED.plusMonths(2)), LoanTest.DISBURSED.plusMonths(2), "x", CLOCK);
        assertKept(loan);
        assertEquals(LoanStatus.REPAID, loan.getStatus());
        assertEquals(new BigDecimal("0.00"), loan.getBalance());
        assertNull(loan.getFirstUnpaidDue());
    }

    @Test
    void aCompensatedLoanKeepsWhatItOwedWhenTheGuarantorPaid() {
        Loan loan = loans.loan("300000", ScheduleMethod.INTEREST_ONLY);
        loan.compensate(new BigDecimal("100000"), LoanTest.DISBURSED.plusMonths(2), "x", CLOCK);
        assertKept(loan);
        assertEquals(LoanStatus.COMPENSATED, loan.getStatus());
        assertEquals(new BigDecimal("300000.00"), loan.getBalance());
    }
}
