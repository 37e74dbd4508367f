package cn.kejiju.workbench.commissioner;

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
 * A file of the signed tripartite agreement (三方协议) of an assignment: a PDF or a scanned page (JPEG or
 * PNG). It passes the checks of every upload ({@link UploadedFiles}: type from the first bytes, size
 * capped by the settings, name cleaned); files are attached and removed only while the assignment has
 * not ended. The bytes live in {@link AgreementFileContent}, so listing the files never loads them.
 */
@Entity
@Table(name = "agreement_file")
public class AgreementFile {

    public static final int MAX_PER_ASSIGNMENT = 10;

    @Id
    @SequenceGenerator(name = "agreement_file_seq", sequenceName = "agreement_file_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_file_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false)
    private Assignment assignment;

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

    protected AgreementFile() {
        // for JPA
    }

    /**
     * Checks and describes an upload for an assignment that has not ended and has room for it.
     * {@code attached} is how many agreement files the assignment already has.
     */
    public static AgreementFile of(Assignment assignment, long attached, String fileName, byte[] bytes,
                                   CommissionerSettings settings, String by, Clock clock) {
        assignment.requireAgreementFilesChangeable();
        if (attached >= MAX_PER_ASSIGNMENT) {
            throw new RuleViolationException("agreementFile.tooMany", "file", MAX_PER_ASSIGNMENT);
        }
        UploadedFiles.checkSize(bytes, settings.evidenceMaxBytes(), settings.getEvidenceMaxMegabytes());
        String type = UploadedFiles.detectType(bytes);
        if (type == null) {
            throw new RuleViolationException("evidence.type", "file");
        }
        AgreementFile file = new AgreementFile();
        file.assignment = assignment;
        file.fileName = UploadedFiles.baseName(fileName, "agreement");
        file.contentType = type;
        file.size = bytes.length;
        file.uploadedBy = by;
        file.uploadedAt = LocalDateTime.now(clock);
        return file;
    }

    /** Whether it may be removed: only while its assignment has not ended. */
    public void requireRemovable() {
        assignment.requireAgreementFilesChangeable();
    }

    public Long getId() {
        return id;
    }

    public Assignment getAssignment() {
        return assignment;
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
