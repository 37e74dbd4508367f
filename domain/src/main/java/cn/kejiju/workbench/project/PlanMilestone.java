package cn.kejiju.workbench.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.Optional;

/** A milestone of a county plan project's contract: what is to be done by which day, and the day it was done. */
@Embeddable
public class PlanMilestone {

    public static final int DESCRIPTION_MAX = 200;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    protected PlanMilestone() {
        // for JPA
    }

    public PlanMilestone(String description, LocalDate dueOn) {
        this.description = description;
        this.dueOn = dueOn;
    }

    /** The milestone as done on the day: a new value, replacing this one in the project (see PlanObjection.settled). */
    PlanMilestone completedOn(LocalDate on) {
        PlanMilestone done = new PlanMilestone(description, dueOn);
        done.doneOn = on;
        return done;
    }

    /** Not done and due before the day. */
    public boolean overdueOn(LocalDate day) {
        return doneOn == null && dueOn.isBefore(day);
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Optional<LocalDate> doneOn() {
        return Optional.ofNullable(doneOn);
    }
}
