package cn.kejiju.workbench.platform;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * An uploaded file as a page lists it (a log's evidence, an assignment's signed agreement, a publicity
 * event's photos; {@code WEB-INF/includes/log-evidence.xhtml}): an image is shown as a thumbnail, a PDF opens
 * in a new tab.
 */
public class UploadedFileRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String fileName;
    private final String contentType;
    private final long size;
    private final String uploadedBy;
    private final LocalDateTime uploadedAt;

    public UploadedFileRow(long id, String fileName, String contentType, long size, String uploadedBy,
                    LocalDateTime uploadedAt) {
        this.id = id;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    /** An image (a photo or a scanned page), shown as a thumbnail; a PDF opens in a new tab. */
    public boolean isImage() {
        return contentType.startsWith("image/");
    }

    /** Size in KB, rounded up. */
    public long getKilobytes() {
        return (size + 1023) / 1024;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }
}
