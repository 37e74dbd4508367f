package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.preparedness.EventPhoto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDateTime;
import java.util.List;

/** A photo of a publicity event (without its bytes: read them at {@code href}). */
@Schema(name = "PublicityEventPhoto")
public record EventPhotoResponse(long id, long eventId, String fileName, String contentType, long size,
                                 String uploadedBy, LocalDateTime uploadedAt, String href) {

    static EventPhotoResponse of(EventPhoto p, long eventId) {
        return new EventPhotoResponse(p.getId(), eventId, p.getFileName(), p.getContentType(), p.getSize(),
                p.getUploadedBy(), p.getUploadedAt(), "preparedness/events/" + eventId + "/photos/" + p.getId());
    }

    /** The photos of an event. */
    @Schema(name = "PublicityEventPhotoList")
    public record Photos(List<EventPhotoResponse> items) {
    }
}
