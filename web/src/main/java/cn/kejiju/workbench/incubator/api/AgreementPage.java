package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.platform.PageResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of agreements (see {@link PageResponse}). */
@Schema(name = "AgreementPage", description = "A page of tenancy agreements")
public record AgreementPage(
        List<AgreementResponse> items,
        @Schema(description = PageResponse.TOTAL) long total,
        int page,
        int size,
        @Schema(description = PageResponse.NEXT) String next) {
}
