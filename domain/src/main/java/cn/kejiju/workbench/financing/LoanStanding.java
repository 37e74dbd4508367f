package cn.kejiju.workbench.financing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How a loan stands on a day: what is owed in all and of principal, what is past due, the days past due and the
 * five-category classification by the configured bands.
 */
public record LoanStanding(LocalDate on, BigDecimal outstanding, BigDecimal principalOutstanding, BigDecimal overdue,
                           long daysPastDue, LoanClass classification, LocalDate nextDueOn, BigDecimal nextDueAmount)
        implements Serializable {

    public static LoanStanding of(Loan loan, LocalDate day, ClassificationBands bands) {
        BigDecimal overdue = loan.getStatus() == LoanStatus.REPAID ? BigDecimal.ZERO.setScale(2)
                : loan.dueBy(day.minusDays(1));
        Instalment next = loan.getStatus() == LoanStatus.ACTIVE ? loan.nextDue().orElse(null) : null;
        return new LoanStanding(day, loan.outstanding(), loan.principalOutstanding(), overdue, loan.daysPastDue(day),
                loan.classify(day, bands), next == null ? null : next.getDueOn(), next == null ? null : next.owed());
    }
}
