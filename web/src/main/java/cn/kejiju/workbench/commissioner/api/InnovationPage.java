package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.platform.PageResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of innovations (see {@link PageResponse}). */
@Schema(name = "InnovationPage", description = "A page of varieties and technologies")
public record InnovationPage(
        List<InnovationResponse> items,
        @Schema(description = PageResponse.TOTAL) long total,
        int page,
        int size,
        @Schema(description = PageResponse.NEXT) String next) {
}
