package cn.kejiju.workbench.project.api;

import cn.kejiju.workbench.platform.PageResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of applications to higher levels (see {@link PageResponse}). */
@Schema(name = "ProjectApplicationPage", description = "A page of applications to programmes of higher levels")
public record ProjectApplicationPage(
        List<ProjectApplicationRow> items,
        @Schema(description = PageResponse.TOTAL) long total,
        int page,
        int size,
        @Schema(description = PageResponse.NEXT) String next) {
}
