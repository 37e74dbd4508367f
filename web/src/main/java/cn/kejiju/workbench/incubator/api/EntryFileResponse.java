package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.incubator.EntryFile;
import cn.kejiju.workbench.incubator.EntryFileKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDateTime;
import java.util.List;

/** A document of an entry application (without its bytes: download them at {@code href}). */
@Schema(name = "EntryFile")
public record EntryFileResponse(long id, long applicationId,
                                @Schema(description = "BUSINESS_PLAN (商业计划书), BUSINESS_LICENCE (营业执照) or OTHER")
                                EntryFileKind kind,
                                String fileName, String contentType, long size, String uploadedBy,
                                LocalDateTime uploadedAt, String href) {

    static EntryFileResponse of(EntryFile f, long applicationId) {
        return new EntryFileResponse(f.getId(), applicationId, f.getKind(), f.getFileName(), f.getContentType(),
                f.getSize(), f.getUploadedBy(), f.getUploadedAt(),
                "entry-applications/" + applicationId + "/files/" + f.getId());
    }

    /** The documents of an application, by kind; {@code missing}: the required kinds not attached yet. */
    @Schema(name = "EntryFileList")
    public record Files(List<EntryFileResponse> items, List<EntryFileKind> missing) {

        static Files of(List<EntryFile> files, long applicationId) {
            List<EntryFileKind> missing = EntryFileKind.required().stream()
                    .filter(kind -> files.stream().noneMatch(f -> f.getKind() == kind)).toList();
            return new Files(files.stream().map(f -> EntryFileResponse.of(f, applicationId)).toList(), missing);
        }
    }
}
