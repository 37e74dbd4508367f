package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.SatisfactionRating;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDateTime;

/** A satisfaction rating as the API shows it. */
@Schema(name = "SatisfactionRating")
public record RatingResponse(long id, long assignmentId, long commissionerId, int year, int score, String ratedBy,
                             LocalDateTime ratedAt) {

    static RatingResponse of(SatisfactionRating r) {
        return new RatingResponse(r.getId(), r.getAssignment().getId(), r.getAssignment().getCommissioner().getId(),
                r.getYear(), r.getScore(), r.getRatedBy(), r.getRatedAt());
    }
}
