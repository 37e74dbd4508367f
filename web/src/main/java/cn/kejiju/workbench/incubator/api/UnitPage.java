package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.platform.PageResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of a carrier's units (see {@link PageResponse}). */
@Schema(name = "UnitPage", description = "A page of a carrier's units")
public record UnitPage(
        List<UnitResponse> items,
        @Schema(description = PageResponse.TOTAL) long total,
        int page,
        int size,
        @Schema(description = PageResponse.NEXT) String next) {
}
