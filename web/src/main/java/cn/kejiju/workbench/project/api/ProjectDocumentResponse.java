package cn.kejiju.workbench.project.api;

import cn.kejiju.workbench.platform.ContentDisposition;
import cn.kejiju.workbench.platform.UploadedParts;
import cn.kejiju.workbench.project.DownloadedDocument;
import cn.kejiju.workbench.project.ProjectDocument;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A document of an application, to a higher level or to the county plan (without its bytes: download them at
 * {@code href}), and the answers the two resources give about documents alike.
 */
@Schema(name = "ProjectDocument")
public record ProjectDocumentResponse(
        long id,
        @Schema(description = "The application (or county-plan project) it is attached to") long applicationId,
        String fileName, String contentType, long size, String uploadedBy, LocalDateTime uploadedAt,
        @Schema(description = "Where to download it, below the API's root") String href) {

    /** The largest upload read, one byte more than allowed so that a larger one is refused with its size. */
    static final long READ_LIMIT = ProjectDocument.MAX_MEGABYTES * 1024L * 1024L + 1;

    /** A document of the owner found at {@code owners/ownerId} (e.g. {@code projects/county-plan/7}). */
    static ProjectDocumentResponse of(ProjectDocument d, String owners, long ownerId) {
        return new ProjectDocumentResponse(d.getId(), ownerId, d.getFileName(), d.getContentType(), d.getSize(),
                d.getUploadedBy(), d.getUploadedAt(), owners + "/" + ownerId + "/documents/" + d.getId());
    }

    static Documents list(List<ProjectDocument> documents, String owners, long ownerId) {
        return new Documents(documents.stream().map(d -> of(d, owners, ownerId)).toList());
    }

    static byte[] read(EntityPart file) {
        return UploadedParts.readUpTo(file, READ_LIMIT);
    }

    /** {@code 201 Created} naming the download in {@code Location}. */
    static Response created(ProjectDocument attached, String owners, long ownerId, UriInfo uriInfo) {
        URI location = uriInfo.getBaseUriBuilder().path(owners).path(String.valueOf(ownerId)).path("documents")
                .path(String.valueOf(attached.getId())).build();
        return Response.created(location).entity(of(attached, owners, ownerId)).build();
    }

    /** The bytes as uploaded, with their detected type and their name in {@code Content-Disposition}. */
    static Response download(DownloadedDocument download) {
        return Response.ok(download.bytes(), download.document().getContentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(download.document().getFileName()))
                .header(HttpHeaders.CONTENT_LENGTH, download.bytes().length)
                .build();
    }

    /** The documents of an application. */
    @Schema(name = "ProjectDocumentList")
    public record Documents(List<ProjectDocumentResponse> items) {
    }
}
