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

    /**
     * The documents of an application, by kind; {@code missing}: the required kinds not attached yet (names of
     * kinds: BUSINESS_PLAN, BUSINESS_LICENCE), empty once it may be submitted.
     */
    @Schema(name = "EntryFileList", description = "The documents of an entry application, by kind; missing: the "
            + "required kinds (BUSINESS_PLAN, BUSINESS_LICENCE) not attached yet, empty once it may be submitted")
    public record Files(List<EntryFileResponse> items, List<String> missing) {

        static Files of(List<EntryFile> files, long applicationId) {
            List<String> missing = EntryFileKind.required().stream()
                    .filter(kind -> files.stream().noneMatch(f -> f.getKind() == kind)).map(Enum::name).toList();
            return new Files(files.stream().map(f -> EntryFileResponse.of(f, applicationId)).toList(), missing);
        }
    }
}
