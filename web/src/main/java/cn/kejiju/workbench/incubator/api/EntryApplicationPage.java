package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.platform.PageResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of entry applications (see {@link PageResponse}). */
@Schema(name = "EntryApplicationPage", description = "A page of entry applications")
public record EntryApplicationPage(
        List<EntryApplicationResponse> items,
        @Schema(description = PageResponse.TOTAL) long total,
        int page,
        int size,
        @Schema(description = PageResponse.NEXT) String next) {
}
