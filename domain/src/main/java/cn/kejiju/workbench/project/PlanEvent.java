package cn.kejiju.workbench.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One entry of a county plan project's story, in the order recorded: a status reached (with its day and note) or a
 * tranche paid (拨付, with its amount); who recorded it and when.
 */
@Embeddable
public class PlanEvent {

    public static final int NOTE_MAX = 1000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanStatus status;

    @Column(name = "happened_on", nullable = false)
    private LocalDate happenedOn;

    @Column(precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected PlanEvent() {
        // for JPA
    }

    PlanEvent(PlanStatus status, LocalDate on, BigDecimal amount, String note, String by, LocalDateTime at) {
        this.status = status;
        this.happenedOn = on;
        this.amount = amount;
        this.note = note;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    /** The status reached; for a tranche, the status the project was in when it was paid. */
    public PlanStatus getStatus() {
        return status;
    }

    public boolean isTranche() {
        return amount != null;
    }

    public LocalDate getHappenedOn() {
        return happenedOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }
}
