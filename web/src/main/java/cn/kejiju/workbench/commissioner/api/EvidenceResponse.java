package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.Evidence;
import cn.kejiju.workbench.commissioner.EvidenceKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDateTime;

/** An evidence file attached to a service log (without its bytes: download them at {@code href}). */
@Schema(name = "Evidence")
public record EvidenceResponse(
        long id,
        long logId,
        EvidenceKind kind,
        String fileName,
        @Schema(description = "Detected from the file's first bytes") String contentType,
        long size,
        String uploadedBy,
        LocalDateTime uploadedAt,
        @Schema(description = "Path of the download, relative to the API root") String href) {

    static EvidenceResponse of(Evidence e) {
        return new EvidenceResponse(e.getId(), e.getLog().getId(), e.getKind(), e.getFileName(), e.getContentType(),
                e.getSize(), e.getUploadedBy(), e.getUploadedAt(), "service-logs/evidence/" + e.getId());
    }
}
