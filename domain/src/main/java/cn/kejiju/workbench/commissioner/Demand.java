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
import java.util.Objects;
import java.util.Optional;

/**
 * A demand (需求) posted by a target: the field it needs help in and its problem. The bureau matches
 * it to a commissioner, which opens an assignment; a target may withdraw an open demand.
 */
@Entity
@Table(name = "demand")
public class Demand {

    public static final int PROBLEM_MAX = 2000;

    @Id
    @SequenceGenerator(name = "demand_seq", sequenceName = "demand_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "demand_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id", nullable = false)
    private Jurisdiction county;

    @Embedded
    private ServiceTarget target;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_field", nullable = false, length = 20)
    private ServiceField field;

    @Column(nullable = false, length = PROBLEM_MAX)
    private String problem;

    @Column(name = "posted_on", nullable = false)
    private LocalDate postedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private DemandStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignment_id")
    private Assignment assignment;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Demand() {
        // for JPA
    }

    public Demand(ServiceTarget target, ServiceField field, String problem, LocalDate postedOn, Clock clock) {
        if (target == null) {
            throw new RuleViolationException("field.required", "targetId");
        }
        this.target = target;
        this.county = target.county();
        this.status = DemandStatus.OPEN;
        revise(field, problem, postedOn, clock);
    }

    /** Changes what an open demand asks for. */
    public void revise(ServiceField newField, String newProblem, LocalDate newPostedOn, Clock clock) {
        requireOpen();
        if (newField == null) {
            throw new RuleViolationException("field.required", "field");
        }
        if (newPostedOn == null) {
            throw new RuleViolationException("field.required", "postedOn");
        }
        if (newPostedOn.isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("demand.postedInFuture", "postedOn");
        }
        this.field = newField;
        this.problem = Texts.required(newProblem, "problem", PROBLEM_MAX);
        this.postedOn = newPostedOn;
        this.updatedAt = LocalDateTime.now(clock);
    }

    /** Records the assignment that answers the demand; it must serve the demand's target. */
    public void dispatch(Assignment answer, Clock clock) {
        requireOpen();
        Objects.requireNonNull(answer, "assignment");
        if (!answer.getTarget().equals(target)) {
            throw new RuleViolationException("demand.otherTarget", "targetId");
        }
        this.assignment = answer;
        this.status = DemandStatus.DISPATCHED;
        this.updatedAt = LocalDateTime.now(clock);
    }

    public void withdraw(Clock clock) {
        requireOpen();
        this.status = DemandStatus.WITHDRAWN;
        this.updatedAt = LocalDateTime.now(clock);
    }

    private void requireOpen() {
        if (status != null && status != DemandStatus.OPEN) {
            throw new RuleViolationException("demand.notOpen", "status");
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Jurisdiction getCounty() {
        return county;
    }

    public ServiceTarget getTarget() {
        return target;
    }

    public ServiceField getField() {
        return field;
    }

    public String getProblem() {
        return problem;
    }

    public LocalDate getPostedOn() {
        return postedOn;
    }

    public DemandStatus getStatus() {
        return status;
    }

    public Optional<Assignment> assignment() {
        return Optional.ofNullable(assignment);
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
