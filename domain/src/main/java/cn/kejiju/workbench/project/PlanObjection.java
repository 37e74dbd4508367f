package cn.kejiju.workbench.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An objection received during a project's public notice (立项公示): who raised it, what it says, and how it was
 * settled (upheld, which withdraws the grant, or dismissed) with the bureau's answer.
 */
@Embeddable
public class PlanObjection {

    public static final int OBJECTOR_MAX = 100;
    public static final int CONTENT_MAX = 1000;

    /** How an objection stands. */
    public enum Outcome { PENDING, UPHELD, DISMISSED }

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(nullable = false, length = OBJECTOR_MAX)
    private String objector;

    @Column(nullable = false, length = CONTENT_MAX)
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Outcome outcome;

    @Column(length = CONTENT_MAX)
    private String answer;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    @Column(name = "settled_by", length = 50)
    private String settledBy;

    @Column(name = "settled_at")
    private LocalDateTime settledAt;

    protected PlanObjection() {
        // for JPA
    }

    PlanObjection(LocalDate receivedOn, String objector, String content, String recordedBy) {
        this.receivedOn = receivedOn;
        this.objector = objector;
        this.content = content;
        this.recordedBy = recordedBy;
        this.outcome = Outcome.PENDING;
    }

    /**
     * The objection as settled: a new value, this one stays as it was (an element of the project's collection is
     * replaced, never changed in place: unwoven EclipseLink, on WildFly, cannot flush an embeddable changed in place).
     */
    PlanObjection settled(boolean upheld, String answer, String by, LocalDateTime at) {
        PlanObjection settled = new PlanObjection(receivedOn, objector, content, recordedBy);
        settled.outcome = upheld ? Outcome.UPHELD : Outcome.DISMISSED;
        settled.answer = answer;
        settled.settledBy = by;
        settled.settledAt = at;
        return settled;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getObjector() {
        return objector;
    }

    public String getContent() {
        return content;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getAnswer() {
        return answer;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getSettledBy() {
        return settledBy;
    }
}
