package cn.kejiju.workbench.financing.api;

import cn.kejiju.workbench.platform.PageResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of financing applications (see {@link PageResponse}). */
@Schema(name = "FinancingApplicationPage", description = "A page of financing applications")
public record ApplicationPage(
        List<ApplicationRow> items,
        @Schema(description = PageResponse.TOTAL) long total,
        int page,
        int size,
        @Schema(description = PageResponse.NEXT) String next) {
}
