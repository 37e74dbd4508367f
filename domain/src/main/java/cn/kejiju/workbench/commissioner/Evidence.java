package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.shared.RuleViolationException;
import cn.kejiju.workbench.shared.UploadedFiles;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * A file attached to a service log as evidence: a photo (JPEG or PNG) or a stamped confirmation
 * (JPEG, PNG or PDF). The type is decided by the file's first bytes, not by its name or the type the
 * browser claims; the size is capped by the settings. The bytes live in {@link EvidenceContent}, so
 * listing evidence never loads them.
 */
@Entity
@Table(name = "evidence")
public class Evidence {

    public static final int FILE_NAME_MAX = UploadedFiles.FILE_NAME_MAX;
    public static final int MAX_PER_LOG = 10;

    @Id
    @SequenceGenerator(name = "evidence_seq", sequenceName = "evidence_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "log_id", nullable = false)
    private ServiceLog log;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EvidenceKind kind;

    @Column(name = "file_name", nullable = false, length = FILE_NAME_MAX)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "uploaded_by", nullable = false, length = 50)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    protected Evidence() {
        // for JPA
    }

    /**
     * Checks and describes an upload for a log that may still change and has room for it.
     * {@code attached} is how many files the log already has.
     */
    public static Evidence of(ServiceLog log, long attached, EvidenceKind kind, String fileName, byte[] bytes,
                              CommissionerSettings settings, String by, Clock clock) {
        log.requireEditable();
        if (attached >= MAX_PER_LOG) {
            throw new RuleViolationException("evidence.tooMany", "file", MAX_PER_LOG);
        }
        if (kind == null) {
            throw new RuleViolationException("field.required", "kind");
        }
        UploadedFiles.checkSize(bytes, settings.evidenceMaxBytes(), settings.getEvidenceMaxMegabytes());
        String type = UploadedFiles.detectType(bytes);
        if (type == null || kind == EvidenceKind.PHOTO && type.equals(UploadedFiles.PDF)) {
            throw new RuleViolationException(kind == EvidenceKind.PHOTO ? "evidence.photoType" : "evidence.type", "file");
        }
        Evidence evidence = new Evidence();
        evidence.log = log;
        evidence.kind = kind;
        evidence.fileName = baseName(fileName);
        evidence.contentType = type;
        evidence.size = bytes.length;
        evidence.uploadedBy = by;
        evidence.uploadedAt = LocalDateTime.now(clock);
        return evidence;
    }

    /** The stored form of a file name sent by a browser ({@link UploadedFiles#baseName}). */
    static String baseName(String fileName) {
        return UploadedFiles.baseName(fileName, "evidence");
    }

    public Long getId() {
        return id;
    }

    public ServiceLog getLog() {
        return log;
    }

    public EvidenceKind getKind() {
        return kind;
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
