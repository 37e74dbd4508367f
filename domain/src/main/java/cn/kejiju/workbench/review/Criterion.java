package cn.kejiju.workbench.review;

import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** One criterion of a criteria set: its place, its name and the highest score a reviewer may give. */
@Embeddable
public class Criterion implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int NAME_MAX = 50;
    /** Scores and maxima have at most one decimal place. */
    public static final int SCALE = 1;
    public static final BigDecimal MAX_SCORE = new BigDecimal("1000");

    @Column(nullable = false)
    private int position;

    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "max_score", nullable = false, precision = 5, scale = SCALE)
    private BigDecimal maxScore;

    protected Criterion() {
        // for JPA
    }

    public Criterion(int position, String name, BigDecimal maxScore) {
        if (name == null || name.isBlank()) {
            throw new RuleViolationException("field.required", "criteria[" + position + "].name");
        }
        if (name.strip().length() > NAME_MAX) {
            throw new RuleViolationException("field.tooLong", "criteria[" + position + "].name", NAME_MAX);
        }
        this.position = position;
        this.name = name.strip();
        this.maxScore = Scores.checked(maxScore, "criteria[" + position + "].maxScore", MAX_SCORE, false);
    }

    /** A score for this criterion, kept exactly: at most one decimal place, from 0 to the maximum. */
    public BigDecimal check(BigDecimal score) {
        return Scores.checked(score, "scores[" + position + "]", maxScore, true);
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getMaxScore() {
        return maxScore;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Criterion c && c.position == position && c.name.equals(name)
                && c.maxScore.compareTo(maxScore) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(position, name);
    }
}
