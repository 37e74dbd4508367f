package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.time.LocalDateTime;

/** How satisfied a target was with its commissioner in one year (满意度, 0–100), one rating per assignment and year. */
@Entity
@Table(name = "satisfaction_rating")
public class SatisfactionRating {

    public static final int MAX_SCORE = 100;

    @Id
    @SequenceGenerator(name = "satisfaction_rating_seq", sequenceName = "satisfaction_rating_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "satisfaction_rating_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false)
    private Assignment assignment;

    @Column(name = "rating_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private int score;

    @Column(name = "rated_by", nullable = false, length = 50)
    private String ratedBy;

    @Column(name = "rated_at", nullable = false)
    private LocalDateTime ratedAt;

    protected SatisfactionRating() {
        // for JPA
    }

    public SatisfactionRating(Assignment assignment, int year, int score, String by, Clock clock) {
        if (year < assignment.getStartDate().getYear() || year > assignment.getEndDate().getYear()) {
            throw new RuleViolationException("satisfaction.yearOutsideAssignment", "year",
                    assignment.getStartDate().getYear(), assignment.getEndDate().getYear());
        }
        this.assignment = assignment;
        this.year = year;
        rescore(score, by, clock);
    }

    public final void rescore(int newScore, String by, Clock clock) {
        if (newScore < 0 || newScore > MAX_SCORE) {
            throw new RuleViolationException("field.range", "score", 0, MAX_SCORE);
        }
        this.score = newScore;
        this.ratedBy = by;
        this.ratedAt = LocalDateTime.now(clock);
    }

    public Long getId() {
        return id;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public int getYear() {
        return year;
    }

    public int getScore() {
        return score;
    }

    public String getRatedBy() {
        return ratedBy;
    }

    public LocalDateTime getRatedAt() {
        return ratedAt;
    }
}
