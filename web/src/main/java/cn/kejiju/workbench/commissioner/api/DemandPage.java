package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.platform.PageResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of demands (see {@link PageResponse}). */
@Schema(name = "DemandPage", description = "A page of demands")
public record DemandPage(
        List<DemandResponse> items,
        @Schema(description = PageResponse.TOTAL) long total,
        int page,
        int size,
        @Schema(description = PageResponse.NEXT) String next) {
}
