package cn.kejiju.workbench.enterprise.api;

import cn.kejiju.workbench.platform.PageResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of enterprises (see {@link PageResponse}). */
@Schema(name = "EnterprisePage", description = "A page of enterprises")
public record EnterprisePage(
        List<EnterpriseResponse> items,
        @Schema(description = PageResponse.TOTAL) long total,
        int page,
        int size,
        @Schema(description = PageResponse.NEXT) String next) {
}
