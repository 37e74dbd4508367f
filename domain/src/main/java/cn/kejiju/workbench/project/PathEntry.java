package cn.kejiju.workbench.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One step the application took: the status reached, on which day, who recorded it and when, and a note. */
@Embeddable
public class PathEntry {

    public static final int NOTE_MAX = 1000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectStatus status;

    @Column(name = "happened_on", nullable = false)
    private LocalDate happenedOn;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected PathEntry() {
        // for JPA
    }

    PathEntry(ProjectStatus status, LocalDate happenedOn, String note, String recordedBy, LocalDateTime recordedAt) {
        this.status = status;
        this.happenedOn = happenedOn;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public LocalDate getHappenedOn() {
        return happenedOn;
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
