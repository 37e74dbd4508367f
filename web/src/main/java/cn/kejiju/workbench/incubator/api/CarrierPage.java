package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.platform.PageResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of carriers (see {@link PageResponse}). */
@Schema(name = "CarrierPage", description = "A page of carriers")
public record CarrierPage(
        List<CarrierResponse> items,
        @Schema(description = PageResponse.TOTAL) long total,
        int page,
        int size,
        @Schema(description = PageResponse.NEXT) String next) {
}
