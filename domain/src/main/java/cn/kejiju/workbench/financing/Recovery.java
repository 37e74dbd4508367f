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

/** An amount recovered (追偿) from the enterprise on a compensation, recorded by {@link Compensation#recover}. */
@Entity
@Table(name = "fin_recovery")
public class Recovery {

    @Id
    @SequenceGenerator(name = "fin_recovery_seq", sequenceName = "fin_recovery_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fin_recovery_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "compensation_id", nullable = false)
    private Compensation compensation;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "recovered_on", nullable = false)
    private LocalDate recoveredOn;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected Recovery() {
        // for JPA
    }

    Recovery(Compensation compensation, BigDecimal amount, LocalDate recoveredOn, String by, Clock clock) {
        this.compensation = compensation;
        this.amount = amount;
        this.recoveredOn = recoveredOn;
        this.recordedBy = by;
        this.recordedAt = LocalDateTime.now(clock);
    }

    public Long getId() {
        return id;
    }

    public Compensation getCompensation() {
        return compensation;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getRecoveredOn() {
        return recoveredOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }
}
