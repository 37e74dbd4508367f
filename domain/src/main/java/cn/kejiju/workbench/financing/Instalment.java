package cn.kejiju.workbench.financing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a loan's instalment table: due date, principal and interest due, what repayments have paid of
 * each, and the day it was paid in full. Changed only through its loan.
 */
@Entity
@Table(name = "fin_loan_instalment")
public class Instalment {

    @Id
    @SequenceGenerator(name = "fin_loan_instalment_seq", sequenceName = "fin_loan_instalment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fin_loan_instalment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "loan_id", nullable = false)
    private Loan loan;

    @Column(name = "instalment_no", nullable = false)
    private int number;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "principal_due", nullable = false, precision = 19, scale = 2)
    private BigDecimal principalDue;

    @Column(name = "interest_due", nullable = false, precision = 19, scale = 2)
    private BigDecimal interestDue;

    @Column(name = "principal_paid", nullable = false, precision = 19, scale = 2)
    private BigDecimal principalPaid;

    @Column(name = "interest_paid", nullable = false, precision = 19, scale = 2)
    private BigDecimal interestPaid;

    @Column(name = "settled_on")
    private LocalDate settledOn;

    protected Instalment() {
        // for JPA
    }

    Instalment(Loan loan, InstalmentPlan plan) {
        this.loan = loan;
        this.number = plan.number();
        this.dueOn = plan.dueOn();
        this.principalDue = plan.principal();
        this.interestDue = plan.interest();
        this.principalPaid = BigDecimal.ZERO.setScale(2);
        this.interestPaid = BigDecimal.ZERO.setScale(2);
    }

    /** Pays up to {@code available} of this instalment, interest first; answers {interest, principal} paid. */
    BigDecimal[] pay(BigDecimal available, LocalDate on) {
        BigDecimal interest = available.min(interestOwed());
        interestPaid = interestPaid.add(interest);
        BigDecimal principal = available.subtract(interest).min(principalOwed());
        principalPaid = principalPaid.add(principal);
        if (owed().signum() == 0) {
            settledOn = on;
        }
        return new BigDecimal[] {interest, principal};
    }

    /** Nothing paid on it yet: an early repayment of principal may generate it again. */
    public boolean untouched() {
        return principalPaid.signum() == 0 && interestPaid.signum() == 0;
    }

    /** Takes the principal and interest of a regenerated plan for the same number and due day. */
    void reschedule(InstalmentPlan plan) {
        if (!untouched() || plan.number() != number || !plan.dueOn().equals(dueOn)) {
            throw new IllegalStateException("instalment " + number + " cannot take " + plan);
        }
        principalDue = plan.principal();
        interestDue = plan.interest();
    }

    public BigDecimal principalOwed() {
        return principalDue.subtract(principalPaid);
    }

    public BigDecimal interestOwed() {
        return interestDue.subtract(interestPaid);
    }

    public BigDecimal owed() {
        return principalOwed().add(interestOwed());
    }

    public BigDecimal total() {
        return principalDue.add(interestDue);
    }

    public boolean settled() {
        return owed().signum() == 0;
    }

    /** Past due on {@code day}: not paid in full and its due date before the day. */
    public boolean overdueOn(LocalDate day) {
        return !settled() && dueOn.isBefore(day);
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public BigDecimal getPrincipalDue() {
        return principalDue;
    }

    public BigDecimal getInterestDue() {
        return interestDue;
    }

    public BigDecimal getPrincipalPaid() {
        return principalPaid;
    }

    public BigDecimal getInterestPaid() {
        return interestPaid;
    }

    public java.util.Optional<LocalDate> settledOn() {
        return java.util.Optional.ofNullable(settledOn);
    }
}
