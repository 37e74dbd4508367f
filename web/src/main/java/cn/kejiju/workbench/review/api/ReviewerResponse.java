package cn.kejiju.workbench.review.api;

import cn.kejiju.workbench.review.Reviewer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user who may be assigned as a reviewer. */
@Schema(name = "Reviewer")
public record ReviewerResponse(long id, String username, String name) {

    public static ReviewerResponse of(Reviewer r) {
        return new ReviewerResponse(r.id(), r.username(), r.name());
    }
}
