package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.platform.PageResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of volunteer teams (see {@link PageResponse}). */
@Schema(name = "VolunteerTeamPage", description = "A page of volunteer teams")
public record VolunteerTeamPage(
        List<VolunteerTeamResponse> items,
        @Schema(description = PageResponse.TOTAL) long total,
        int page,
        int size,
        @Schema(description = PageResponse.NEXT) String next) {
}
