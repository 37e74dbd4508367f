package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.platform.PageResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of tenants (see {@link PageResponse}). */
@Schema(name = "TenantPage", description = "A page of running incubations with their graduation standing")
public record TenantPage(
        List<TenantResponse> items,
        @Schema(description = PageResponse.TOTAL) long total,
        int page,
        int size,
        @Schema(description = PageResponse.NEXT) String next) {
}
