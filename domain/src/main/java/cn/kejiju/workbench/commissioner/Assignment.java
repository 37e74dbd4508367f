package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * An assignment (派驻): a commissioner posted to a target for a period with goals, under a tripartite
 * agreement (三方协议) that the commissioner's side and the target's side confirm separately. It is
 * active until it ends, at its end date or early with a reason. Opening one checks the rules against
 * the commissioner's other active assignments: no overlapping period at the same target and no more
 * than the configured number active at once.
 */
@Entity
@Table(name = "assignment")
public class Assignment {

    public static final int GOALS_MAX = 2000;
    public static final int REASON_MAX = 500;

    @Id
    @SequenceGenerator(name = "assignment_seq", sequenceName = "assignment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commissioner_id", nullable = false)
    private Commissioner commissioner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id", nullable = false)
    private Jurisdiction county;

    @Embedded
    private ServiceTarget target;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(nullable = false, length = GOALS_MAX)
    private String goals;

    @Column(name = "commissioner_confirmed_on")
    private LocalDate commissionerConfirmedOn;

    @Column(name = "target_confirmed_on")
    private LocalDate targetConfirmedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AssignmentStatus status;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason", length = REASON_MAX)
    private String endReason;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Assignment() {
        // for JPA
    }

    /**
     * Opens an assignment. {@code othersActive} are the commissioner's assignments with status active
     * (read under a lock on the commissioner, so two clerks cannot both take the last free slot).
     */
    public static Assignment open(Commissioner commissioner, ServiceTarget target, LocalDate start, LocalDate end,
                                  String goals, Collection<Assignment> othersActive, CommissionerSettings settings,
                                  Clock clock) {
        Objects.requireNonNull(commissioner, "commissioner");
        if (!commissioner.isActive()) {
            throw new RuleViolationException("assignment.commissionerEnded", "commissionerId", commissioner.getName());
        }
        if (target == null) {
            throw new RuleViolationException("field.required", "targetId");
        }
        if (!target.county().getCode().equals(commissioner.getCounty().getCode())) {
            throw new RuleViolationException("assignment.targetOutsideCounty", "targetId",
                    target.getName(), commissioner.getCounty().getName());
        }
        LocalDate today = LocalDate.now(clock);
        settings.checkLoad(othersActive.stream().filter(a -> a.isActiveOn(today)).count());
        Assignment assignment = new Assignment();
        assignment.commissioner = commissioner;
        assignment.county = commissioner.getCounty();
        assignment.target = target;
        assignment.status = AssignmentStatus.ACTIVE;
        assignment.createdAt = LocalDateTime.now(clock);
        assignment.plan(start, end, goals, othersActive, clock);
        return assignment;
    }

    /**
     * Changes period and goals of an active assignment, checked like a new one against the
     * commissioner's other active assignments. A changed agreement has to be confirmed again.
     */
    public void replan(LocalDate start, LocalDate end, String newGoals, Collection<Assignment> othersActive, Clock clock) {
        requireActive();
        LocalDate oldStart = startDate;
        LocalDate oldEnd = endDate;
        String oldGoals = goals;
        plan(start, end, newGoals, othersActive, clock);
        if (!startDate.equals(oldStart) || !endDate.equals(oldEnd) || !goals.equals(oldGoals)) {
            commissionerConfirmedOn = null;
            targetConfirmedOn = null;
        }
    }

    private void plan(LocalDate start, LocalDate end, String newGoals, Collection<Assignment> othersActive, Clock clock) {
        if (start == null) {
            throw new RuleViolationException("field.required", "startDate");
        }
        if (end == null) {
            throw new RuleViolationException("field.required", "endDate");
        }
        if (!end.isAfter(start)) {
            throw new RuleViolationException("assignment.endNotAfterStart", "endDate");
        }
        String checkedGoals = Texts.required(newGoals, "goals", GOALS_MAX);
        for (Assignment other : othersActive) {
            if (other != this && (other.getId() == null || !other.getId().equals(id)) && other.getStatus() == AssignmentStatus.ACTIVE
                    && other.getTarget().equals(target) && other.getStartDate().isBefore(end.plusDays(1))
                    && start.isBefore(other.getEndDate().plusDays(1))) {
                throw new RuleViolationException("assignment.overlap", "startDate",
                        other.getStartDate(), other.getEndDate());
            }
        }
        this.startDate = start;
        this.endDate = end;
        this.goals = checkedGoals;
        this.updatedAt = LocalDateTime.now(clock);
    }

    /** The commissioner's side confirms the tripartite agreement on the given day. */
    public void confirmByCommissioner(LocalDate on, Clock clock) {
        requireActive();
        this.commissionerConfirmedOn = confirmationDay(on, clock);
        this.updatedAt = LocalDateTime.now(clock);
    }

    /** The target's side confirms the tripartite agreement on the given day. */
    public void confirmByTarget(LocalDate on, Clock clock) {
        requireActive();
        this.targetConfirmedOn = confirmationDay(on, clock);
        this.updatedAt = LocalDateTime.now(clock);
    }

    private static LocalDate confirmationDay(LocalDate on, Clock clock) {
        if (on == null) {
            throw new RuleViolationException("field.required", "confirmedOn");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("assignment.confirmedInFuture", "confirmedOn");
        }
        return on;
    }

    /** Ends the assignment before its end date; the reason is kept. */
    public void endEarly(LocalDate on, String reason, Clock clock) {
        requireActive();
        if (on == null) {
            throw new RuleViolationException("field.required", "endedOn");
        }
        if (on.isBefore(startDate) || !on.isBefore(endDate)) {
            throw new RuleViolationException("assignment.earlyEndOutsidePeriod", "endedOn", startDate, endDate);
        }
        this.endReason = Texts.required(reason, "endReason", REASON_MAX);
        this.endedOn = on;
        this.status = AssignmentStatus.ENDED;
        this.updatedAt = LocalDateTime.now(clock);
    }

    /**
     * Whether files of the signed tripartite agreement may still be attached or removed: while the
     * assignment has not ended.
     */
    public void requireAgreementFilesChangeable() {
        requireActive();
    }

    private void requireActive() {
        if (status != AssignmentStatus.ACTIVE) {
            throw new RuleViolationException("assignment.ended", "status");
        }
    }

    /** Active on a day: not ended early and the day not past the end date. */
    public boolean isActiveOn(LocalDate day) {
        return status == AssignmentStatus.ACTIVE && !day.isAfter(endDate);
    }

    /** Whether service on the given day falls within the assignment (up to an early end). */
    public boolean covers(LocalDate day) {
        LocalDate last = endedOn != null ? endedOn : endDate;
        return !day.isBefore(startDate) && !day.isAfter(last);
    }

    public boolean isAgreementConfirmed() {
        return commissionerConfirmedOn != null && targetConfirmedOn != null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Commissioner getCommissioner() {
        return commissioner;
    }

    public Jurisdiction getCounty() {
        return county;
    }

    public ServiceTarget getTarget() {
        return target;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getGoals() {
        return goals;
    }

    public Optional<LocalDate> commissionerConfirmedOn() {
        return Optional.ofNullable(commissionerConfirmedOn);
    }

    public Optional<LocalDate> targetConfirmedOn() {
        return Optional.ofNullable(targetConfirmedOn);
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public Optional<LocalDate> endedOn() {
        return Optional.ofNullable(endedOn);
    }

    public Optional<String> endReason() {
        return Optional.ofNullable(endReason);
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
