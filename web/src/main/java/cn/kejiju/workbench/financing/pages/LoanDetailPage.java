package cn.kejiju.workbench.financing.pages;

import cn.kejiju.workbench.financing.LoanService;
import cn.kejiju.workbench.financing.MoneyKeys;
import cn.kejiju.workbench.financing.RecoveryService;
import cn.kejiju.workbench.financing.Yuan;
import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A loan ({@code financing/loan.xhtml?id=…}): its terms, how it stands today (owed, overdue, days past due, the
 * five categories), the instalment table and the repayments. The financing clerk records a repayment; after
 * default, the guarantor's compensation, then recoveries and the preparation of a write-off; a leader approves
 * or rejects the write-off. Every one of these asks for confirmation first; a refusal is shown on its form.
 */
@Named
@ViewScoped
public class LoanDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Set<String> FIELDS = Set.of("amount", "paidOn", "recoveredOn", "reasons");

    @Inject
    LoanService loanService;

    @Inject
    RecoveryService recoveryService;

    @Inject
    PageMessages messages;

    private Long id;
    private LoanView loan;
    private BigDecimal amount;
    private LocalDate day;
    private BigDecimal prepaymentAmount;
    private LocalDate prepaymentDay;
    private BigDecimal compensationAmount;
    private LocalDate compensationDay;
    private BigDecimal recoveryAmount;
    private LocalDate recoveryDay;
    private String reasons;
    /** One Idempotency-Key per form and view: a second click of the same form moves no money twice. */
    private final String keys = "page-" + UUID.randomUUID();

    public void load() {
        if (id == null) {
            IdParameter.notFound();
            return;
        }
        try {
            loan = new LoanView(loanService.detail(id));
            day = loanService.today();
            compensationDay = day;
            prepaymentDay = day;
            recoveryDay = day;
            amount = loan.getNextDueAmount();
            compensationAmount = loan.getOutstanding();
        } catch (NotFoundException e) {
            IdParameter.notFound();
        }
    }

    /**
     * A repayment: what is due first; what is paid beyond it repays principal early, after which the instalments
     * ahead are generated again, and the message says so.
     */
    public String repay() {
        try {
            MoneyKeys.Outcome outcome = loanService.repay(id, amount, day, keys + "-repay");
            boolean early = loanService.repayment(id, outcome.id()).isEarly();
            messages.flashInfo(early ? "financing.loan.repaidAhead" : "financing.loan.repaid", loan.getEnterprise(),
                    Yuan.format(amount));
            return "/financing/loan?faces-redirect=true&id=" + id;
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "repaymentForm", FIELDS);
            return null;
        }
    }

    /** An early repayment of principal: the instalments nothing was paid on are generated again. */
    public String prepay() {
        return act(() -> loanService.prepay(id, prepaymentAmount, prepaymentDay, keys + "-prepay"), "prepaymentForm",
                "financing.loan.prepaid", prepaymentAmount);
    }

    public BigDecimal getPrepaymentAmount() {
        return prepaymentAmount;
    }

    public void setPrepaymentAmount(BigDecimal prepaymentAmount) {
        this.prepaymentAmount = prepaymentAmount;
    }

    public LocalDate getPrepaymentDay() {
        return prepaymentDay;
    }

    public void setPrepaymentDay(LocalDate prepaymentDay) {
        this.prepaymentDay = prepaymentDay;
    }

    public String compensate() {
        return act(() -> recoveryService.compensate(id, compensationAmount, compensationDay, keys + "-comp"), "compensationForm",
                "financing.loan.compensated", compensationAmount);
    }

    public String recover() {
        return act(() -> recoveryService.recover(id, recoveryAmount, recoveryDay, keys + "-recov"), "recoveryForm",
                "financing.loan.recovered", recoveryAmount);
    }

    public String prepareWriteOff() {
        return act(() -> recoveryService.prepareWriteOff(id, loan.getCompensationVersion(), reasons), "writeOffForm",
                "financing.loan.writeOffPrepared", loan.getCompensationOutstanding());
    }

    public String approveWriteOff() {
        return act(() -> recoveryService.approveWriteOff(id, loan.getCompensationVersion()), "decisionForm",
                "financing.loan.writtenOff", loan.getWriteOffAmount());
    }

    public String rejectWriteOff() {
        return act(() -> recoveryService.rejectWriteOff(id, loan.getCompensationVersion()), "decisionForm",
                "financing.loan.writeOffRejected", loan.getWriteOffAmount());
    }

    private String act(Supplier<?> action, String form, String done, BigDecimal value) {
        try {
            action.get();
            messages.flashInfo(done, loan.getEnterprise(), value == null ? "" : Yuan.format(value));
            return "/financing/loan?faces-redirect=true&id=" + id;
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, form, FIELDS);
            return null;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LoanView getLoan() {
        return loan;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public BigDecimal getCompensationAmount() {
        return compensationAmount;
    }

    public void setCompensationAmount(BigDecimal compensationAmount) {
        this.compensationAmount = compensationAmount;
    }

    public LocalDate getCompensationDay() {
        return compensationDay;
    }

    public void setCompensationDay(LocalDate compensationDay) {
        this.compensationDay = compensationDay;
    }

    public BigDecimal getRecoveryAmount() {
        return recoveryAmount;
    }

    public void setRecoveryAmount(BigDecimal recoveryAmount) {
        this.recoveryAmount = recoveryAmount;
    }

    public LocalDate getRecoveryDay() {
        return recoveryDay;
    }

    public void setRecoveryDay(LocalDate recoveryDay) {
        this.recoveryDay = recoveryDay;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }
}
