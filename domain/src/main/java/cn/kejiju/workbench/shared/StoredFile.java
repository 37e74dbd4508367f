package cn.kejiju.workbench.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * What every stored upload records about itself, whatever it is attached to (an assignment's signed agreement,
 * a financing application's due-diligence file, an entry application's document): the cleaned name, the type
 * its first bytes show, its size, who uploaded it and when. The bytes live in an entity of their own under the
 * same id, so listing files never loads them. A subclass keeps its id, its owner and its own rules (how many,
 * how large, until when) and calls {@link #describe} once, from its factory.
 */
@MappedSuperclass
public abstract class StoredFile {

    public static final int CONTENT_TYPE_MAX = 40;
    public static final int UPLOADED_BY_MAX = 50;

    @Column(name = "file_name", nullable = false, length = UploadedFiles.FILE_NAME_MAX)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = CONTENT_TYPE_MAX)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "uploaded_by", nullable = false, length = UPLOADED_BY_MAX)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    protected StoredFile() {
        // for JPA and subclasses
    }

    /**
     * Describes an upload whose size the subclass has checked ({@link UploadedFiles#checkSize}): the type from
     * its first bytes (a JPEG, PNG or PDF, anything else refused on the field {@code file}), the name cleaned
     * ({@code fallbackName} when nothing is left of it).
     */
    protected final void describe(String sentName, String fallbackName, byte[] bytes, String by, Clock clock) {
        String type = UploadedFiles.detectType(bytes);
        if (type == null) {
            throw new RuleViolationException("evidence.type", "file");
        }
        this.fileName = UploadedFiles.baseName(sentName, fallbackName);
        this.contentType = type;
        this.size = bytes.length;
        this.uploadedBy = by;
        this.uploadedAt = LocalDateTime.now(clock);
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }
}
