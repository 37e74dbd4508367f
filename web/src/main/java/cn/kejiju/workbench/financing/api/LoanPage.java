package cn.kejiju.workbench.financing.api;

import cn.kejiju.workbench.platform.PageResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of loans (see {@link PageResponse}). */
@Schema(name = "LoanPage", description = "A page of loans")
public record LoanPage(
        List<LoanRow> items,
        @Schema(description = PageResponse.TOTAL) long total,
        int page,
        int size,
        @Schema(description = PageResponse.NEXT) String next) {
}
