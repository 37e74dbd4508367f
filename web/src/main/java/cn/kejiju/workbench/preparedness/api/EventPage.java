package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.platform.PageResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of publicity events (see {@link PageResponse}). */
@Schema(name = "PublicityEventPage", description = "A page of publicity events")
public record EventPage(
        List<EventResponse> items,
        @Schema(description = PageResponse.TOTAL) long total,
        int page,
        int size,
        @Schema(description = PageResponse.NEXT) String next) {
}
