package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.platform.PageResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of assignments (see {@link PageResponse}). */
@Schema(name = "AssignmentPage", description = "A page of assignments")
public record AssignmentPage(
        List<AssignmentResponse> items,
        @Schema(description = PageResponse.TOTAL) long total,
        int page,
        int size,
        @Schema(description = PageResponse.NEXT) String next) {
}
