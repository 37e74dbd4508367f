package cn.kejiju.workbench.indicator.api;

import cn.kejiju.workbench.platform.PageResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of high-tech cases (see {@link PageResponse}). */
@Schema(name = "HighTechCasePage", description = "A page of high-tech cases")
public record HighTechPage(
        List<HighTechResponse> items,
        @Schema(description = PageResponse.TOTAL) long total,
        int page,
        int size,
        @Schema(description = PageResponse.NEXT) String next) {
}
