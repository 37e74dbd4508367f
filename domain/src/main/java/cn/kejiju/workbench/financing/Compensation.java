package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.ClerkInput;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The guarantor's payment to the bank after the loan's default (代偿), and what is recovered from the enterprise
 * afterwards (追偿): a recovery is refused if it would exceed the compensated amount still outstanding. What
 * cannot be recovered is written off: a clerk prepares the write-off of the whole outstanding rest, a leader
 * (not the preparer) approves or rejects it, as with the decisions.
 */
@Entity
@Table(name = "fin_compensation")
public class Compensation {

    public static final int REASONS_MAX = 1000;

    @Id
    @SequenceGenerator(name = "fin_compensation_seq", sequenceName = "fin_compensation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fin_compensation_seq")
    private Long id;

    @Version
    private long version;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "loan_id", nullable = false)
    private Loan loan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id", nullable = false)
    private Jurisdiction county;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "guarantor_id", nullable = false)
    private Partner guarantor;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal recovered;

    @Column(name = "written_off", nullable = false, precision = 19, scale = 2)
    private BigDecimal writtenOff;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CompensationStatus status;

    @Column(name = "write_off_amount", precision = 19, scale = 2)
    private BigDecimal writeOffAmount;

    @Column(name = "write_off_reasons", length = REASONS_MAX)
    private String writeOffReasons;

    @Column(name = "prepared_by", length = 50)
    private String preparedBy;

    @Column(name = "prepared_at")
    private LocalDateTime preparedAt;

    @Column(name = "decided_by", length = 50)
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "written_off_on")
    private LocalDate writtenOffOn;

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Compensation() {
        // for JPA
    }

    Compensation(Loan loan, BigDecimal amount, LocalDate paidOn, String by, Clock clock) {
        this.loan = loan;
        this.county = loan.getCounty();
        this.guarantor = loan.getGuarantor();
        this.amount = amount;
        this.paidOn = paidOn;
        this.recovered = BigDecimal.ZERO.setScale(2);
        this.writtenOff = BigDecimal.ZERO.setScale(2);
        this.status = CompensationStatus.RECOVERING;
        this.createdBy = by;
        this.updatedAt = LocalDateTime.now(clock);
    }

    /** The compensated amount not yet recovered nor written off. */
    public BigDecimal outstanding() {
        return amount.subtract(recovered).subtract(writtenOff);
    }

    /**
     * A recovery of {@code value} on {@code day} (not before the compensation nor after today): refused, naming
     * what is outstanding, if it would exceed it; the compensation closes when nothing is left.
     */
    public Recovery recover(BigDecimal value, LocalDate day, String by, Clock clock) {
        if (status != CompensationStatus.RECOVERING) {
            throw new RuleViolationException("financing.recovery.notNow", "status", status.name());
        }
        BigDecimal recovery = Yuan.positive(value, "amount");
        if (day == null) {
            throw new RuleViolationException("field.required", "recoveredOn");
        }
        if (day.isBefore(paidOn) || day.isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("financing.recovery.day", "recoveredOn", paidOn);
        }
        BigDecimal left = outstanding();
        if (recovery.compareTo(left) > 0) {
            throw new RuleViolationException("financing.recovery.cap", "amount", Yuan.format(left),
                    Yuan.format(recovery), Yuan.format(recovery.subtract(left)));
        }
        recovered = recovered.add(recovery);
        if (outstanding().signum() == 0) {
            status = CompensationStatus.CLOSED;
        }
        updatedAt = LocalDateTime.now(clock);
        return new Recovery(this, recovery, day, by, clock);
    }

    /** Prepares the write-off of everything still outstanding, with reasons, for a leader. */
    public void prepareWriteOff(String reasons, String by, Clock clock) {
        if (status != CompensationStatus.RECOVERING) {
            throw new RuleViolationException("financing.writeOff.notNow", "status", status.name());
        }
        this.writeOffReasons = ClerkInput.required(reasons, "reasons", REASONS_MAX);
        this.writeOffAmount = outstanding();
        this.status = CompensationStatus.WRITE_OFF_PREPARED;
        this.preparedBy = by;
        this.preparedAt = LocalDateTime.now(clock);
        this.decidedBy = null;
        this.decidedAt = null;
        this.updatedAt = preparedAt;
    }

    /** Whether {@code who} prepared the write-off, and so may not decide it. */
    public boolean preparedBy(String who) {
        return preparedBy != null && preparedBy.equals(who);
    }

    /** A leader, not the preparer, approves the prepared write-off: the rest is written off and the file closed. */
    public void approveWriteOff(String by, Clock clock) {
        requireDecidable(by);
        this.writtenOff = writtenOff.add(writeOffAmount);
        this.writtenOffOn = LocalDate.now(clock);
        this.status = CompensationStatus.CLOSED;
        decided(by, clock);
    }

    /** A leader, not the preparer, rejects the prepared write-off: recovery goes on. */
    public void rejectWriteOff(String by, Clock clock) {
        requireDecidable(by);
        this.status = CompensationStatus.RECOVERING;
        decided(by, clock);
    }

    private void requireDecidable(String by) {
        if (status != CompensationStatus.WRITE_OFF_PREPARED) {
            throw new RuleViolationException("financing.writeOff.notPrepared", "status", status.name());
        }
        if (preparedBy(by)) {
            throw new RuleViolationException("financing.writeOff.ownPreparation", "status");
        }
    }

    private void decided(String by, Clock clock) {
        this.decidedBy = by;
        this.decidedAt = LocalDateTime.now(clock);
        this.updatedAt = decidedAt;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Loan getLoan() {
        return loan;
    }

    public Jurisdiction getCounty() {
        return county;
    }

    public Partner getGuarantor() {
        return guarantor;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public BigDecimal getRecovered() {
        return recovered;
    }

    public BigDecimal getWrittenOff() {
        return writtenOff;
    }

    public CompensationStatus getStatus() {
        return status;
    }

    public Optional<BigDecimal> writeOffAmount() {
        return Optional.ofNullable(writeOffAmount);
    }

    public Optional<String> writeOffReasons() {
        return Optional.ofNullable(writeOffReasons);
    }

    public Optional<String> preparedBy() {
        return Optional.ofNullable(preparedBy);
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<LocalDate> writtenOffOn() {
        return Optional.ofNullable(writtenOffOn);
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
