package cn.kejiju.workbench.review.api;

import cn.kejiju.workbench.platform.PageResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of the caller's review assignments (see {@link PageResponse}). */
@Schema(name = "ReviewAssignmentPage", description = "A page of review assignments")
public record AssignmentPage(
        List<AssignmentResponse> items,
        @Schema(description = PageResponse.TOTAL) long total,
        int page,
        int size,
        @Schema(description = PageResponse.NEXT) String next) {
}
