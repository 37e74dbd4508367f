package cn.kejiju.workbench.review.api;

import cn.kejiju.workbench.review.AssignmentStatus;
import cn.kejiju.workbench.review.Review;
import cn.kejiju.workbench.review.ReviewAssignment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** A reviewer's own assignment: what to review, the criteria, and their scores or decline once given. */
@Schema(name = "ReviewAssignment")
public record AssignmentResponse(
        long id,
        long version,
        long reviewId,
        String subjectKind,
        long subjectId,
        String title,
        @Schema(description = "What the subject's module lets reviewers read of it") String summary,
        List<ReviewResponse.CriterionResponse> criteria,
        AssignmentStatus status,
        List<BigDecimal> scores,
        BigDecimal total,
        String declineReason,
        LocalDateTime settledAt,
        @Schema(description = "The subject was decided: nothing more can be given") boolean closed) {

    public static AssignmentResponse of(ReviewAssignment a) {
        Review r = a.getReview();
        return new AssignmentResponse(a.getId(), a.getVersion(), r.getId(), r.getSubjectKind(), r.getSubjectId(),
                r.getTitle(), r.getSummary(),
                r.getCriteriaSet().getCriteria().stream().map(ReviewResponse.CriterionResponse::of).toList(),
                a.getStatus(), a.getScores(), a.getTotal(), a.getDeclineReason(), a.getSettledAt(), r.isClosed());
    }
}
