package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.shared.RuleViolationException;
import cn.kejiju.workbench.shared.UploadedFiles;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * A photo of a publicity event: a JPEG or PNG by its first bytes, at most {@value #MAX_MEGABYTES} MB, passing
 * the checks of every upload ({@link UploadedFiles}); attached while the event awaits approval, so the leader
 * sees it. The bytes live in {@link EventPhotoContent}.
 */
@Entity
@Table(name = "prep_photo")
public class EventPhoto {

    public static final int MAX_PER_EVENT = 20;
    public static final int MAX_MEGABYTES = 5;

    @Id
    @SequenceGenerator(name = "prep_photo_seq", sequenceName = "prep_photo_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prep_photo_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private PublicityEvent event;

    @Column(name = "file_name", nullable = false, length = UploadedFiles.FILE_NAME_MAX)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "uploaded_by", nullable = false, length = 50)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    protected EventPhoto() {
        // for JPA
    }

    /** Checks and describes a photo for an event that has {@code attached} photos already. */
    public static EventPhoto of(PublicityEvent event, long attached, String fileName, byte[] bytes, String by,
                                Clock clock) {
        event.requirePhotosChangeable();
        if (attached >= MAX_PER_EVENT) {
            throw new RuleViolationException("preparedness.photo.tooMany", "file", MAX_PER_EVENT);
        }
        UploadedFiles.checkSize(bytes, MAX_MEGABYTES);
        String type = UploadedFiles.detectType(bytes);
        if (!UploadedFiles.isPhoto(type)) {
            throw new RuleViolationException("evidence.photoType", "file");
        }
        EventPhoto photo = new EventPhoto();
        photo.event = event;
        photo.fileName = UploadedFiles.baseName(fileName, "photo");
        photo.contentType = type;
        photo.size = bytes.length;
        photo.uploadedBy = by;
        photo.uploadedAt = LocalDateTime.now(clock);
        return photo;
    }

    public Long getId() {
        return id;
    }

    public PublicityEvent getEvent() {
        return event;
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
