package cn.kejiju.workbench.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One entry of an application's story, in the order recorded: a step of the path (the status reached), help the
 * bureau gave (its kind), or a tranche of the grant received (its amount); each with its day, a note, who recorded
 * it and when. One collection, so that the whole story is read in one statement.
 */
@Embeddable
public class ProjectEvent {

    public static final int NOTE_MAX = 1000;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_kind", nullable = false, length = 8)
    private EventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ProjectStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "help_kind", length = 24)
    private HelpKind helpKind;

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

    protected ProjectEvent() {
        // for JPA
    }

    private ProjectEvent(EventKind kind, LocalDate happenedOn, String note, String recordedBy,
                         LocalDateTime recordedAt) {
        this.kind = kind;
        this.happenedOn = happenedOn;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    static ProjectEvent step(ProjectStatus status, LocalDate on, String note, String by, LocalDateTime at) {
        ProjectEvent event = new ProjectEvent(EventKind.STEP, on, note, by, at);
        event.status = status;
        return event;
    }

    static ProjectEvent help(BureauHelp help, String by, LocalDateTime at) {
        ProjectEvent event = new ProjectEvent(EventKind.HELP, help.givenOn(), help.note(), by, at);
        event.helpKind = help.kind();
        return event;
    }

    static ProjectEvent tranche(LocalDate on, BigDecimal amount, String note, String by, LocalDateTime at) {
        ProjectEvent event = new ProjectEvent(EventKind.TRANCHE, on, note, by, at);
        event.amount = amount;
        return event;
    }

    public EventKind getKind() {
        return kind;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public HelpKind getHelpKind() {
        return helpKind;
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
