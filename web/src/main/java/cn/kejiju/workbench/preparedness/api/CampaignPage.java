package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.platform.PageResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of campaigns (see {@link PageResponse}). */
@Schema(name = "CampaignPage", description = "A page of campaigns")
public record CampaignPage(
        List<CampaignResponse> items,
        @Schema(description = PageResponse.TOTAL) long total,
        int page,
        int size,
        @Schema(description = PageResponse.NEXT) String next) {
}
