package cn.kejiju.workbench.indicator.api;

import cn.kejiju.workbench.platform.PageResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of patents (see {@link PageResponse}). */
@Schema(name = "PatentPage", description = "A page of patents")
public record PatentPage(
        List<PatentResponse> items,
        @Schema(description = PageResponse.TOTAL) long total,
        int page,
        int size,
        @Schema(description = PageResponse.NEXT) String next) {
}
