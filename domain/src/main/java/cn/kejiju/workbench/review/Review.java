package cn.kejiju.workbench.review;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The expert review of one subject (an entry application, later a plan project) in a batch of subjects
 * ranked against each other, by the reviewers assigned to it, on the criteria of one set. Closed once the
 * subject is decided: no reviewer is added then.
 */
@Entity
@Table(name = "review")
public class Review {

    public static final int KIND_MAX = 30;
    public static final int BATCH_MAX = 80;
    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 3000;
    /** The most reviewers one subject may have. */
    public static final int REVIEWERS_MAX = 15;

    @Id
    @SequenceGenerator(name = "review_seq", sequenceName = "review_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_seq")
    private Long id;

    @Version
    private long version;

    @Size(max = KIND_MAX)
    @Column(name = "subject_kind", nullable = false, length = KIND_MAX, updatable = false)
    private String subjectKind;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Size(max = BATCH_MAX)
    @Column(nullable = false, length = BATCH_MAX, updatable = false)
    private String batch;

    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Size(max = SUMMARY_MAX)
    @Column(nullable = false, length = SUMMARY_MAX)
    private String summary;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id", nullable = false, updatable = false)
    private Jurisdiction county;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "criteria_set_id", nullable = false, updatable = false)
    private CriteriaSet criteriaSet;

    @Column(nullable = false)
    private boolean closed;

    @OneToMany(mappedBy = "review", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<ReviewAssignment> assignments = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected Review() {
        // for JPA
    }

    public Review(ReviewSubject subject, Jurisdiction county, CriteriaSet criteriaSet, Clock clock) {
        if (county == null || criteriaSet == null) {
            throw new RuleViolationException("field.required", county == null ? "county" : "criteriaSet");
        }
        this.subjectKind = subject.kind();
        this.subjectId = subject.id();
        this.batch = subject.batch();
        this.title = subject.title();
        this.summary = subject.summary();
        this.county = county;
        this.criteriaSet = criteriaSet;
        this.createdAt = LocalDateTime.now(clock);
    }

    /** Assigns a reviewer (a user with the role REVIEWER); a reviewer is assigned once. */
    public ReviewAssignment assign(Reviewer reviewer) {
        if (closed) {
            throw new ConflictException("review.closed", "reviewerIds");
        }
        if (assignments.stream().anyMatch(a -> a.getReviewerId() == reviewer.id())) {
            throw new RuleViolationException("review.reviewerTwice", "reviewerIds", reviewer.name());
        }
        if (assignments.size() >= REVIEWERS_MAX) {
            throw new RuleViolationException("review.reviewersMax", "reviewerIds", REVIEWERS_MAX);
        }
        ReviewAssignment assignment = new ReviewAssignment(this, reviewer);
        assignments.add(assignment);
        return assignment;
    }

    /** Every reviewer has scored or declined, and at least one has scored. */
    public boolean isComplete() {
        return !assignments.isEmpty() && assignments.stream().allMatch(a -> a.getStatus().isSettled())
                && assignments.stream().anyMatch(a -> a.getStatus() == AssignmentStatus.SCORED);
    }

    /** The average of the scored totals (declined reviewers do not count); empty before the first score. */
    public Optional<BigDecimal> average() {
        return Scores.average(assignments.stream().filter(a -> a.getStatus() == AssignmentStatus.SCORED)
                .map(ReviewAssignment::getTotal).toList());
    }

    /** The subject is decided: the review takes no more reviewers, scores or declines. */
    public void close() {
        closed = true;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getSubjectKind() {
        return subjectKind;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getBatch() {
        return batch;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    /** Brings the title and summary up to date when reviewers are added (the subject may have been edited). */
    public void describe(ReviewSubject subject) {
        this.title = subject.title();
        this.summary = subject.summary();
    }

    public Jurisdiction getCounty() {
        return county;
    }

    public CriteriaSet getCriteriaSet() {
        return criteriaSet;
    }

    public boolean isClosed() {
        return closed;
    }

    public List<ReviewAssignment> getAssignments() {
        return List.copyOf(assignments);
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
