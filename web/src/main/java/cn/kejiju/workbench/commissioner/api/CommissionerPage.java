package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.platform.PageResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of commissioners (see {@link PageResponse}). */
@Schema(name = "CommissionerPage", description = "A page of commissioners")
public record CommissionerPage(
        List<CommissionerResponse> items,
        @Schema(description = PageResponse.TOTAL) long total,
        int page,
        int size,
        @Schema(description = PageResponse.NEXT) String next) {
}
