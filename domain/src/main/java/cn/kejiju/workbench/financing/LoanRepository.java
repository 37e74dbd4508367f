package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where loans with their instalments, repayments, compensations, recoveries and idempotency keys are kept. */
public interface LoanRepository {

    /** The loan with its enterprise, county, partners and instalments (for reading, or tracked in a transaction). */
    Optional<Loan> find(long id);

    default Loan get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Loan", id));
    }

    /** The loan locked for a change of its money (row lock), with its instalments. */
    Loan lock(long id);

    /** A page of loans, newest disbursement first (sort {@code disbursedOn}, the only one). */
    Page<Loan> page(LoanFilter filter, Long countyScope, PageRequest request);

    Optional<Loan> ofGuarantee(long guaranteeId);

    Loan add(Loan loan);

    List<Repayment> repaymentsOf(long loanId);

    Optional<Repayment> findRepayment(long id);

    Repayment addRepayment(Repayment repayment);

    Optional<Compensation> compensationOf(long loanId);

    Optional<Compensation> findCompensation(long id);

    /** The compensation locked (row lock) for a recovery or a write-off. */
    Compensation lockCompensation(long loanId);

    Compensation addCompensation(Compensation compensation);

    List<Recovery> recoveriesOf(long compensationId);

    Optional<Recovery> findRecovery(long id);

    Recovery addRecovery(Recovery recovery);

    Optional<IdempotencyRecord> findKey(String caller, String key);

    /** Stores a key's first use and flushes it: a concurrent first use of the same key fails on the unique key. */
    IdempotencyRecord addKey(IdempotencyRecord record);

    /** Active loans with an instalment not paid in full due on or before {@code until}, their instalments joined. */
    List<Loan> dueBy(LocalDate until);

    /** The loans of the enterprise, with their partners and instalments. */
    List<Loan> ofEnterprise(long enterpriseId);
}
