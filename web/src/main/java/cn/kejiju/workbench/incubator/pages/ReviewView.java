package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.review.AssignmentStatus;
import cn.kejiju.workbench.review.ReviewAssignment;
import cn.kejiju.workbench.review.ReviewStanding;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * An application's review as its pages show it: the criteria, each reviewer's scores or decline, the
 * average and the place among the carrier's applications of the year.
 */
public final class ReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<String> criteria;
    private final List<Line> lines;
    private final BigDecimal average;
    private final Integer rank;
    private final int ranked;
    private final boolean complete;

    ReviewView(ReviewStanding standing) {
        this.criteria = standing.review().getCriteriaSet().getCriteria().stream()
                .map(c -> c.getName() + "（" + c.getMaxScore().stripTrailingZeros().toPlainString() + "）").toList();
        this.lines = standing.review().getAssignments().stream().map(Line::new).toList();
        this.average = standing.average();
        this.rank = standing.rank();
        this.ranked = standing.ranked();
        this.complete = standing.review().isComplete();
    }

    public List<String> getCriteria() {
        return criteria;
    }

    public List<Line> getLines() {
        return lines;
    }

    public BigDecimal getAverage() {
        return average;
    }

    public Integer getRank() {
        return rank;
    }

    public int getRanked() {
        return ranked;
    }

    public boolean isComplete() {
        return complete;
    }

    /** One reviewer's line. */
    public static final class Line implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String reviewer;
        private final AssignmentStatus status;
        private final List<BigDecimal> scores;
        private final BigDecimal total;
        private final String declineReason;

        Line(ReviewAssignment a) {
            this.reviewer = a.getReviewerName();
            this.status = a.getStatus();
            this.scores = List.copyOf(a.getScores());
            this.total = a.getTotal();
            this.declineReason = a.getDeclineReason();
        }

        public String getReviewer() {
            return reviewer;
        }

        public AssignmentStatus getStatus() {
            return status;
        }

        public List<BigDecimal> getScores() {
            return scores;
        }

        public BigDecimal getTotal() {
            return total;
        }

        public String getDeclineReason() {
            return declineReason;
        }
    }
}
