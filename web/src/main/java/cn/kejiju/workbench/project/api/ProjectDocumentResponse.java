package cn.kejiju.workbench.project.api;

import cn.kejiju.workbench.project.ProjectDocument;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDateTime;
import java.util.List;

/** A document of an application (without its bytes: download them at {@code href}). */
@Schema(name = "ProjectDocument")
public record ProjectDocumentResponse(long id, long applicationId, String fileName, String contentType, long size,
                                      String uploadedBy, LocalDateTime uploadedAt, String href) {

    static ProjectDocumentResponse of(ProjectDocument d, long applicationId) {
        return new ProjectDocumentResponse(d.getId(), applicationId, d.getFileName(), d.getContentType(), d.getSize(),
                d.getUploadedBy(), d.getUploadedAt(),
                "projects/applications/" + applicationId + "/documents/" + d.getId());
    }

    /** The documents of an application. */
    @Schema(name = "ProjectDocumentList")
    public record Documents(List<ProjectDocumentResponse> items) {
    }
}
