package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.platform.PageResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of register holders (see {@link PageResponse}). */
@Schema(name = "RegisterHolderPage", description = "A page of holders of the 三网一员 register")
public record RegisterHolderPage(
        List<RegisterHolderResponse> items,
        @Schema(description = PageResponse.TOTAL) long total,
        int page,
        int size,
        @Schema(description = PageResponse.NEXT) String next) {
}
