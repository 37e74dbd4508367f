package cn.kejiju.workbench.audit.api;

import cn.kejiju.workbench.platform.PageResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of entries of the audit log (see {@link PageResponse}). */
@Schema(name = "AuditEntryPage", description = "A page of entries of the audit log")
public record AuditEntryPage(
        List<AuditEntryResponse> items,
        @Schema(description = PageResponse.TOTAL) long total,
        int page,
        int size,
        @Schema(description = PageResponse.NEXT) String next) {
}
