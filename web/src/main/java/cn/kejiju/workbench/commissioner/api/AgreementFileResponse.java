package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.AgreementFile;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDateTime;

/** A file of an assignment's signed tripartite agreement (without its bytes: download them at {@code href}). */
@Schema(name = "AgreementFile")
public record AgreementFileResponse(
        long id,
        long assignmentId,
        String fileName,
        @Schema(description = "Detected from the file's first bytes: image/jpeg, image/png or application/pdf")
        String contentType,
        long size,
        String uploadedBy,
        LocalDateTime uploadedAt,
        @Schema(description = "Path of the download, relative to the API root") String href) {

    /** The file of the given assignment (named, so that the lazy assignment is not read). */
    static AgreementFileResponse of(AgreementFile f, long assignmentId) {
        return new AgreementFileResponse(f.getId(), assignmentId, f.getFileName(), f.getContentType(), f.getSize(),
                f.getUploadedBy(), f.getUploadedAt(), "assignments/" + assignmentId + "/agreement-files/" + f.getId());
    }
}
