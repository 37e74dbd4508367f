package cn.kejiju.workbench.review;

import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One reviewer's part in a review: pending until the reviewer scores every criterion (the total is their
 * sum) or declines for a conflict of interest with a reason. Either is final.
 */
@Entity
@Table(name = "review_assignment")
public class ReviewAssignment {

    public static final int REASON_MAX = 500;

    @Id
    @SequenceGenerator(name = "review_assignment_seq", sequenceName = "review_assignment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_assignment_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id", nullable = false, updatable = false)
    private Review review;

    @Column(name = "reviewer_id", nullable = false, updatable = false)
    private long reviewerId;

    @Column(name = "reviewer_username", nullable = false, length = 50, updatable = false)
    private String reviewerUsername;

    @Column(name = "reviewer_name", nullable = false, length = 50, updatable = false)
    private String reviewerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AssignmentStatus status;

    @Size(max = REASON_MAX)
    @Column(name = "decline_reason", length = REASON_MAX)
    private String declineReason;

    @Column(precision = 7, scale = Criterion.SCALE)
    private BigDecimal total;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "review_score", joinColumns = @JoinColumn(name = "assignment_id"))
    @OrderColumn(name = "position")
    @Column(name = "score", nullable = false, precision = 5, scale = Criterion.SCALE)
    private List<BigDecimal> scores = new ArrayList<>();

    @Column(name = "settled_at")
    private LocalDateTime settledAt;

    protected ReviewAssignment() {
        // for JPA
    }

    ReviewAssignment(Review review, Reviewer reviewer) {
        this.review = review;
        this.reviewerId = reviewer.id();
        this.reviewerUsername = reviewer.username();
        this.reviewerName = reviewer.name();
        this.status = AssignmentStatus.PENDING;
    }

    /** Scores every criterion of the review's set, in its order; the total is their sum. */
    public void score(List<BigDecimal> given, Clock clock) {
        requirePending();
        List<BigDecimal> checked = review.getCriteriaSet().check(given);
        this.scores.clear();
        this.scores.addAll(checked);
        this.total = checked.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(Criterion.SCALE);
        this.status = AssignmentStatus.SCORED;
        this.settledAt = LocalDateTime.now(clock);
    }

    /** Declines for a conflict of interest: the reason is required. */
    public void decline(String reason, Clock clock) {
        requirePending();
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("review.decline.reason", "reason");
        }
        if (reason.strip().length() > REASON_MAX) {
            throw new RuleViolationException("field.tooLong", "reason", REASON_MAX);
        }
        this.declineReason = reason.strip();
        this.status = AssignmentStatus.DECLINED;
        this.settledAt = LocalDateTime.now(clock);
    }

    private void requirePending() {
        if (review.isClosed()) {
            throw new ConflictException("review.closed", "id");
        }
        if (status.isSettled()) {
            throw new ConflictException("review.settled", "id");
        }
    }

    public boolean isOf(String username) {
        return reviewerUsername.equals(username);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Review getReview() {
        return review;
    }

    public long getReviewerId() {
        return reviewerId;
    }

    public String getReviewerUsername() {
        return reviewerUsername;
    }

    public String getReviewerName() {
        return reviewerName;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public List<BigDecimal> getScores() {
        return List.copyOf(scores);
    }

    public LocalDateTime getSettledAt() {
        return settledAt;
    }
}
