package cn.kejiju.workbench.project.api;

import cn.kejiju.workbench.platform.PageResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of county plan projects (see {@link PageResponse}). */
@Schema(name = "CountyPlanPage", description = "A page of the county plan's projects")
public record PlanPage(
        List<PlanRow> items,
        @Schema(description = PageResponse.TOTAL) long total,
        int page,
        int size,
        @Schema(description = PageResponse.NEXT) String next) {
}
