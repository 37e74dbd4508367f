package cn.kejiju.workbench.review.api;

import cn.kejiju.workbench.review.AssignmentStatus;
import cn.kejiju.workbench.review.Criterion;
import cn.kejiju.workbench.review.Review;
import cn.kejiju.workbench.review.ReviewAssignment;
import cn.kejiju.workbench.review.ReviewStanding;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * A review with its result as the clerk and the leader see it: the criteria, every reviewer's scores or
 * decline, the average of the scored totals and the subject's place among the ranked subjects of its batch.
 */
@Schema(name = "Review")
public record ReviewResponse(
        long id,
        long version,
        @Schema(description = "e.g. INCUBATOR_ENTRY") String subjectKind,
        long subjectId,
        @Schema(description = "The subjects ranked against each other") String batch,
        String title,
        String criteriaSet,
        List<CriterionResponse> criteria,
        List<Assignment> assignments,
        @Schema(description = "Every reviewer scored or declined, at least one scored") boolean complete,
        boolean closed,
        @Schema(description = "Average of the scored totals, two decimals (half up); null before the first score")
        BigDecimal average,
        @Schema(description = "Place in the batch, best first; equal averages share a place") Integer rank,
        @Schema(description = "How many subjects of the batch are ranked") int ranked) {

    /** One reviewer's part; the scores are one per criterion, in the criteria's order. */
    @Schema(name = "ReviewAssignmentResult", description = "One reviewer's part: scores one per criterion, in the "
            + "criteria's order, and their total; or the reason of a decline")
    public record Assignment(long id, long reviewerId, String reviewer, AssignmentStatus status,
                             List<BigDecimal> scores,
                             BigDecimal total, String declineReason) {

        static Assignment of(ReviewAssignment a) {
            return new Assignment(a.getId(), a.getReviewerId(), a.getReviewerName(), a.getStatus(), a.getScores(),
                    a.getTotal(), a.getDeclineReason());
        }
    }

    public static ReviewResponse of(ReviewStanding standing) {
        Review r = standing.review();
        return new ReviewResponse(r.getId(), r.getVersion(), r.getSubjectKind(), r.getSubjectId(), r.getBatch(),
                r.getTitle(), r.getCriteriaSet().getName(),
                r.getCriteriaSet().getCriteria().stream().map(CriterionResponse::of).toList(),
                r.getAssignments().stream().map(Assignment::of).toList(), r.isComplete(), r.isClosed(),
                standing.average(), standing.rank(), standing.ranked());
    }

    /** A criterion and its highest score. */
    @Schema(name = "ReviewCriterion")
    public record CriterionResponse(int position, String name, BigDecimal maxScore) {

        static CriterionResponse of(Criterion c) {
            return new CriterionResponse(c.getPosition(), c.getName(), c.getMaxScore());
        }
    }
}
