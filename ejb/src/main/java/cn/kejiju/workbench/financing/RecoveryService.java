package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.platform.Persistence;
import cn.kejiju.workbench.security.CountyGuard;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.RuleViolationException;
import cn.kejiju.workbench.todo.TodoDraft;
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

/**
 * After a loan's default: the guarantor's compensation of the bank (代偿), recoveries from the enterprise (追偿),
 * each refused if it would exceed the compensated amount still outstanding, and the write-off of the rest, which
 * a clerk prepares and a leader other than the preparer approves or rejects (maker-checker, refusals audited).
 * A compensation locks the loan's row, a recovery and a write-off the compensation's; compensations and
 * recoveries accept an {@code Idempotency-Key}.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class RecoveryService {

    static final String COMPENSATION = "Compensation";
    static final String RECOVERY = "Recovery";
    static final String WRITE_OFF_AWAITING = "financing.writeOff.awaitingDecision";

    @Inject
    LoanService loanService;

    @Inject
    LoanRepository loans;

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

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Compensation compensation(long loanId) {
        loanService.get(loanId);
        return loans.compensationOf(loanId).orElseThrow(() -> new NotFoundException(COMPENSATION, loanId));
    }

    /** The loan's compensation with its recoveries. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CompensationDetail compensationDetail(long loanId) {
        Compensation compensation = compensation(loanId);
        return new CompensationDetail(compensation, loans.recoveriesOf(compensation.getId()));
    }

    /** A compensation and its recoveries. */
    public record CompensationDetail(Compensation compensation, java.util.List<Recovery> recoveries) {
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Recovery recovery(long loanId, long recoveryId) {
        Compensation compensation = compensation(loanId);
        return loans.recoveriesOf(compensation.getId()).stream().filter(r -> r.getId() == recoveryId).findFirst()
                .orElseThrow(() -> new NotFoundException(RECOVERY, recoveryId));
    }

    /** The guarantor pays the bank after default: the loan is closed as compensated. */
    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    public MoneyKeys.Outcome compensate(long loanId, BigDecimal amount, LocalDate paidOn, String idempotencyKey) {
        Loan visible = loanService.get(loanId);
        guard.requireWithin(LoanService.RECORD, loanId, visible.getCounty(), "id");
        String fingerprint = IdempotencyRecord.fingerprint("compensation", loanId, plain(amount), paidOn);
        return keys.once(guard.callerName(), idempotencyKey, "compensation", fingerprint, () -> {
            Loan loan = loans.lock(loanId);
            Compensation compensation = loans.addCompensation(loan.compensate(amount, paidOn, guard.callerName(), clock));
            positions.changedFrom(paidOn);
            persistence.flush(LoanService.RECORD, loanId, () -> new ConflictException("financing.compensation.exists",
                    "amount"));
            todos.resolve(LoanTodoFeed.INSTALMENT_DUE, LoanService.RECORD, loanId);
            todos.resolve(LoanTodoFeed.OVERDUE, LoanService.RECORD, loanId);
            auditTrail.record(AuditEvent.of(AuditAction.CREATE).record(COMPENSATION, compensation.getId())
                    .jurisdiction(loan.getCounty()).detail("loan " + loanId + " compensated by the guarantor: "
                            + Yuan.plain(compensation.getAmount()) + " yuan on " + paidOn).build());
            return compensation.getId();
        });
    }

    /** A recovery, refused (naming what is outstanding) if it would exceed the compensation still outstanding. */
    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    public MoneyKeys.Outcome recover(long loanId, BigDecimal amount, LocalDate recoveredOn, String idempotencyKey) {
        Loan visible = loanService.get(loanId);
        guard.requireWithin(LoanService.RECORD, loanId, visible.getCounty(), "id");
        String fingerprint = IdempotencyRecord.fingerprint("recovery", loanId, plain(amount), recoveredOn);
        return keys.once(guard.callerName(), idempotencyKey, "recovery", fingerprint, () -> {
            Compensation compensation = loans.lockCompensation(loanId);
            Recovery recovery = loans.addRecovery(compensation.recover(amount, recoveredOn, guard.callerName(), clock));
            persistence.flush(COMPENSATION, compensation.getId(), ConflictException::concurrentChange);
            auditTrail.record(AuditEvent.of(AuditAction.CREATE).record(RECOVERY, recovery.getId())
                    .jurisdiction(visible.getCounty()).detail("loan " + loanId + ", " + Yuan.plain(recovery.getAmount())
                            + " yuan recovered on " + recoveredOn + ", " + Yuan.plain(compensation.outstanding())
                            + " yuan still outstanding").build());
            return recovery.getId();
        });
    }

    /** Prepares the write-off of what is still outstanding, for a leader; the county's leaders get a to-do. */
    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    public Compensation prepareWriteOff(long loanId, @NotNull Long expectedVersion, String reasons) {
        Compensation compensation = changeable(loanId, expectedVersion);
        compensation.prepareWriteOff(reasons, guard.callerName(), clock);
        persistence.flush(COMPENSATION, compensation.getId(), ConflictException::concurrentChange);
        Loan loan = loanService.get(loanId);
        todos.raise(TodoDraft.of(WRITE_OFF_AWAITING, COMPENSATION, compensation.getId()).county(loan.getCounty())
                .role(Roles.LEADER).message("todo." + WRITE_OFF_AWAITING, loan.getEnterprise().getName(),
                        Yuan.format(compensation.writeOffAmount().orElseThrow()))
                .link("/financing/loan.xhtml?id=" + loanId).build());
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE).record(COMPENSATION, compensation.getId())
                .jurisdiction(loan.getCounty()).detail("write-off of " + Yuan.plain(compensation.writeOffAmount()
                        .orElseThrow()) + " yuan prepared: " + compensation.writeOffReasons().orElseThrow()).build());
        return compensation;
    }

    /** A leader, not the preparer, writes the rest off. */
    @RolesAllowed({Roles.LEADER, Roles.API_WRITE})
    public Compensation approveWriteOff(long loanId, @NotNull Long expectedVersion) {
        Compensation compensation = decidable(loanId, expectedVersion);
        compensation.approveWriteOff(guard.callerName(), clock);
        return decided(compensation, AuditAction.APPROVE, "write-off of " + Yuan.plain(compensation.getWrittenOff())
                + " yuan approved");
    }

    /** A leader, not the preparer, rejects the write-off: the recovery goes on. */
    @RolesAllowed({Roles.LEADER, Roles.API_WRITE})
    public Compensation rejectWriteOff(long loanId, @NotNull Long expectedVersion) {
        Compensation compensation = decidable(loanId, expectedVersion);
        compensation.rejectWriteOff(guard.callerName(), clock);
        return decided(compensation, AuditAction.REJECT, "write-off rejected, recovery goes on");
    }

    private Compensation decided(Compensation compensation, AuditAction action, String detail) {
        persistence.flush(COMPENSATION, compensation.getId(), ConflictException::concurrentChange);
        todos.resolve(WRITE_OFF_AWAITING, COMPENSATION, compensation.getId());
        auditTrail.record(AuditEvent.of(action).record(COMPENSATION, compensation.getId())
                .jurisdiction(compensation.getCounty()).detail(detail).build());
        return compensation;
    }

    private Compensation decidable(long loanId, Long expectedVersion) {
        Compensation compensation = changeable(loanId, expectedVersion);
        if (compensation.preparedBy(guard.callerName())) {
            auditTrail.recordIndependently(AuditEvent.of(AuditAction.ACCESS_DENIED).record(COMPENSATION,
                    compensation.getId()).jurisdiction(compensation.getCounty())
                    .detail("maker-checker: the write-off's preparer tried to decide it").build());
            throw new RuleViolationException("financing.writeOff.ownPreparation", "status");
        }
        return compensation;
    }

    private Compensation changeable(long loanId, Long expectedVersion) {
        Loan loan = loanService.get(loanId);
        guard.requireWithin(LoanService.RECORD, loanId, loan.getCounty(), "id");
        Compensation compensation = loans.lockCompensation(loanId);
        persistence.checkVersion(COMPENSATION, compensation.getId(), expectedVersion, compensation.getVersion());
        return compensation;
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }
}
