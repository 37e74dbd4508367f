package cn.kejiju.workbench.financing;

import java.util.List;
import java.util.Optional;

/** A loan with its repayments, how it stands today, and its compensation with the recoveries when it has one. */
public record LoanDetail(Loan loan, LoanStanding standing, List<Repayment> repayments, Compensation compensation,
                         List<Recovery> recoveries) {

    public Optional<Compensation> compensationFound() {
        return Optional.ofNullable(compensation);
    }
}
