package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.platform.Persistence;
import cn.kejiju.workbench.security.CountyGuard;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.RuleViolationException;
import cn.kejiju.workbench.todo.TodoService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Loans under the guarantees in force and their repayments. The financing clerk (and read-write integrators)
 * disburses a loan under an approved application's guarantee, with its instalment table, and records repayments;
 * a repayment locks the loan's row, so two never pay one instalment twice, and with an {@code Idempotency-Key} a
 * retried request records nothing more and answers the first repayment.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class LoanService {

    static final String RECORD = "Loan";
    static final String REPAYMENT = "Repayment";

    @Inject
    LoanRepository loans;

    @Inject
    ApplicationRepository applications;

    @Inject
    PartnerRepository partners;

    @Inject
    MoneyKeys keys;

    @Inject
    CountyGuard guard;

    @Inject
    Persistence persistence;

    @Inject
    AuditTrail auditTrail;

    @Inject
    TodoService todos;

    @Inject
    Clock clock;

    @Inject
    LoanPositionSnapshots positions;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The day bands of the five categories, as configured. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ClassificationBands bands() {
        return partners.settings().bands();
    }

    /** A page of loans with their enterprise, county, partners and instalments: three statements. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<Loan> list(@NotNull LoanFilter filter, @NotNull PageRequest page) {
        Long county = guard.countyFilter(filter.countyId(), "countyId");
        LoanFilter checked = new LoanFilter(county, filter.status(), filter.guarantorId(), filter.applicationId(),
                filter.text());
        return loans.page(checked, guard.countyScope(), page);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Loan get(long id) {
        Loan loan = loans.get(id);
        return guard.visible(RECORD, id, loan, loan.getCounty());
    }

    /**
     * The loan, how it stands today, its repayments and any compensation with its recoveries: the loan with its
     * partners, compensation and instalments in one statement, the repayments in a second, the recoveries in a
     * third (the settings come from the cache).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LoanDetail detail(long id) {
        Loan loan = get(id);
        Compensation compensation = loan.compensation().orElse(null);
        return new LoanDetail(loan, LoanStanding.of(loan, today(), bands()), loans.repaymentsOf(id), compensation,
                compensation == null ? List.of() : loans.recoveriesOf(compensation.getId()));
    }

    /** The loan disbursed under the application's guarantee, if any (the application's page shows it). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public java.util.Optional<Loan> ofApplication(long applicationId) {
        return applications.guaranteeOf(applicationId).flatMap(g -> loans.ofGuarantee(g.getId()))
                .filter(l -> guard.sees(l.getCounty()));
    }

    /** The enterprise's loans (the enterprise page), within the caller's counties. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Loan> ofEnterprise(long enterpriseId) {
        return loans.ofEnterprise(enterpriseId).stream().filter(l -> guard.sees(l.getCounty())).toList();
    }

    /** A repayment of the loan. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Repayment repayment(long loanId, long repaymentId) {
        get(loanId);
        return loans.repaymentsOf(loanId).stream().filter(r -> r.getId() == repaymentId).findFirst()
                .orElseThrow(() -> new NotFoundException(REPAYMENT, repaymentId));
    }

    /**
     * Disburses the loan under the approved application's guarantee, with the instalment table generated by the
     * settings' rounding mode; one loan per guarantee.
     */
    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    public Loan disburse(long applicationId, @NotNull LoanTerms terms) {
        FinancingApplication application = applications.get(applicationId);
        guard.visible(ApplicationService.RECORD, applicationId, application, application.getCounty());
        guard.requireWithin(ApplicationService.RECORD, applicationId, application.getCounty(), "applicationId");
        Guarantee guarantee = applications.guaranteeOf(applicationId)
                .orElseThrow(() -> new RuleViolationException("financing.loan.guaranteeNotActive", "applicationId"));
        if (loans.ofGuarantee(guarantee.getId()).isPresent()) {
            throw new ConflictException("financing.loan.exists", "applicationId");
        }
        Loan loan = loans.add(Loan.disburse(guarantee, terms, partners.settings().getRoundingMode(),
                guard.callerName(), clock));
        positions.changedFrom(loan.getDisbursedOn());
        persistence.flush(RECORD, null, () -> new ConflictException("financing.loan.exists", "applicationId"));
        auditTrail.record(AuditEvent.of(AuditAction.CREATE).record(RECORD, loan.getId()).detail("application " + applicationId + ", principal "
                + Yuan.plain(loan.getPrincipal()) + " yuan at " + loan.getAnnualRate().stripTrailingZeros().toPlainString()
                + "%, " + loan.getDisbursedOn() + " to " + loan.getMaturity() + ", " + loan.getMethod() + ", "
                + loan.getTermMonths() + " instalments").jurisdiction(loan.getCounty()).build());
        return loan;
    }

    /**
     * Records a repayment under the loan's row lock; with an {@code Idempotency-Key} (null for none) a retry of
     * the same request answers the first repayment and records nothing.
     */
    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    public MoneyKeys.Outcome repay(long loanId, BigDecimal amount, LocalDate paidOn, String idempotencyKey) {
        Loan visible = get(loanId);
        guard.requireWithin(RECORD, loanId, visible.getCounty(), "id");
        String fingerprint = IdempotencyRecord.fingerprint("repayment", loanId, amount == null ? null
                : amount.stripTrailingZeros().toPlainString(), paidOn);
        return keys.once(guard.callerName(), idempotencyKey, "repayment", fingerprint, () -> {
            Loan loan = loans.lock(loanId);
            Repayment repayment = loans.addRepayment(loan.repay(amount, paidOn, guard.callerName(), clock));
            positions.changedFrom(paidOn);
            persistence.flush(RECORD, loanId, ConflictException::concurrentChange);
            if (loan.nextDue().filter(next -> !next.getDueOn().isAfter(today().plusDays(LoanTodoFeed.DAYS_AHEAD)))
                    .isEmpty()) {
                todos.resolve(LoanTodoFeed.INSTALMENT_DUE, RECORD, loanId);
                todos.resolve(LoanTodoFeed.OVERDUE, RECORD, loanId);
            }
            auditTrail.record(AuditEvent.of(AuditAction.CREATE).record(REPAYMENT, repayment.getId())
                    .jurisdiction(loan.getCounty()).detail("loan " + loanId + ", " + Yuan.plain(repayment.getAmount())
                            + " yuan on " + paidOn + " (interest " + Yuan.plain(repayment.getInterestPart())
                            + ", principal " + Yuan.plain(repayment.getPrincipalPart()) + ", " + repayment.getDaysLate()
                            + " days late), " + Yuan.plain(loan.outstanding()) + " yuan still owed").build());
            return repayment.getId();
        });
    }

    /**
     * Records an early repayment of principal (提前还款) under the loan's row lock: the instalments nothing was paid
     * on are generated again for the principal left ({@link Loan#prepay}); with an {@code Idempotency-Key} a retry
     * of the same request answers the first one and records nothing.
     */
    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    public MoneyKeys.Outcome prepay(long loanId, BigDecimal amount, LocalDate paidOn, String idempotencyKey) {
        Loan visible = get(loanId);
        guard.requireWithin(RECORD, loanId, visible.getCounty(), "id");
        String fingerprint = IdempotencyRecord.fingerprint("prepayment", loanId, amount == null ? null
                : amount.stripTrailingZeros().toPlainString(), paidOn);
        return keys.once(guard.callerName(), idempotencyKey, "prepayment", fingerprint, () -> {
            Loan loan = loans.lock(loanId);
            Repayment repayment = loans.addRepayment(loan.prepay(amount, paidOn, guard.callerName(), clock));
            positions.changedFrom(paidOn);
            persistence.flush(RECORD, loanId, ConflictException::concurrentChange);
            if (loan.nextDue().filter(next -> !next.getDueOn().isAfter(today().plusDays(LoanTodoFeed.DAYS_AHEAD)))
                    .isEmpty()) {
                todos.resolve(LoanTodoFeed.INSTALMENT_DUE, RECORD, loanId);
                todos.resolve(LoanTodoFeed.OVERDUE, RECORD, loanId);
            }
            auditTrail.record(AuditEvent.of(AuditAction.CREATE).record(REPAYMENT, repayment.getId())
                    .jurisdiction(loan.getCounty()).detail("loan " + loanId + ", early repayment of "
                            + Yuan.plain(repayment.getAmount()) + " yuan of principal on " + paidOn + ", "
                            + loan.getInstalments().stream().filter(Instalment::untouched).count()
                            + " instalments generated again, " + Yuan.plain(loan.principalOutstanding())
                            + " yuan of principal still owed").build());
            return repayment.getId();
        });
    }
}
