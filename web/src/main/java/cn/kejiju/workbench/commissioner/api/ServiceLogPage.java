package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.platform.PageResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of service logs (without introductions and evidence) (see {@link PageResponse}). */
@Schema(name = "ServiceLogPage", description = "A page of service logs (without introductions and evidence)")
public record ServiceLogPage(
        List<ServiceLogResponse> items,
        @Schema(description = PageResponse.TOTAL) long total,
        int page,
        int size,
        @Schema(description = PageResponse.NEXT) String next) {
}
