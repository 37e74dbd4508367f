package cn.kejiju.workbench.project;

import cn.kejiju.workbench.shared.ClerkInput;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;

/** Help the bureau gave an application (材料准备, 推荐函 …): what, when, and a note. */
@Embeddable
public class BureauHelp {

    public static final int NOTE_MAX = 500;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private HelpKind kind;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    protected BureauHelp() {
        // for JPA
    }

    public BureauHelp(HelpKind kind, LocalDate givenOn, String note, String recordedBy) {
        this.kind = ClerkInput.present(kind, "kind");
        this.givenOn = ClerkInput.present(givenOn, "givenOn");
        this.note = ClerkInput.optional(note, "note", NOTE_MAX);
        this.recordedBy = recordedBy;
    }

    public HelpKind getKind() {
        return kind;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
