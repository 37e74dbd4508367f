package cn.kejiju.workbench.financing.api;

import cn.kejiju.workbench.financing.ApplicationFile;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDateTime;
import java.util.List;

/** A due diligence file (without its bytes: download them at {@code href}). */
@Schema(name = "ApplicationFile")
public record ApplicationFileResponse(long id, long applicationId, String fileName, String contentType, long size,
                                      String uploadedBy, LocalDateTime uploadedAt,
                                      String href) {

    static ApplicationFileResponse of(ApplicationFile f, long applicationId) {
        return new ApplicationFileResponse(f.getId(), applicationId, f.getFileName(), f.getContentType(), f.getSize(),
                f.getUploadedBy(), f.getUploadedAt(), "financing/applications/" + applicationId + "/files/" + f.getId());
    }

    /** The files of an application. */
    @Schema(name = "ApplicationFileList")
    public record Files(List<ApplicationFileResponse> items) {
    }
}
