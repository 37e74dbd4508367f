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
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A repayment received on a loan (还款): the amount, how it split into interest and principal, the day, and how
 * many days past due the loan was that day (0: on time or early). Recorded by {@link Loan#repay}.
 */
@Entity
@Table(name = "fin_repayment")
public class Repayment {

    @Id
    @SequenceGenerator(name = "fin_repayment_seq", sequenceName = "fin_repayment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fin_repayment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "loan_id", nullable = false)
    private Loan loan;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "principal_part", nullable = false, precision = 19, scale = 2)
    private BigDecimal principalPart;

    @Column(name = "interest_part", nullable = false, precision = 19, scale = 2)
    private BigDecimal interestPart;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @Column(name = "days_late", nullable = false)
    private long daysLate;

    /** An early repayment of principal (提前还款) after which the remaining instalments were generated again. */
    @Column(nullable = false)
    private boolean early;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected Repayment() {
        // for JPA
    }

    Repayment(Loan loan, BigDecimal amount, BigDecimal principalPart, BigDecimal interestPart, LocalDate paidOn,
              long daysLate, String by, Clock clock) {
        this(loan, amount, principalPart, interestPart, paidOn, daysLate, false, by, clock);
    }

    Repayment(Loan loan, BigDecimal amount, BigDecimal principalPart, BigDecimal interestPart, LocalDate paidOn,
              long daysLate, boolean early, String by, Clock clock) {
        this.loan = loan;
        this.early = early;
        this.amount = amount;
        this.principalPart = principalPart;
        this.interestPart = interestPart;
        this.paidOn = paidOn;
        this.daysLate = daysLate;
        this.recordedBy = by;
        this.recordedAt = LocalDateTime.now(clock);
    }

    public Long getId() {
        return id;
    }

    public Loan getLoan() {
        return loan;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getPrincipalPart() {
        return principalPart;
    }

    public BigDecimal getInterestPart() {
        return interestPart;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public long getDaysLate() {
        return daysLate;
    }

    public boolean isEarly() {
        return early;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }
}
