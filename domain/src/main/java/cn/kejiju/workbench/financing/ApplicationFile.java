package cn.kejiju.workbench.financing;

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
 * A due-diligence file of an application (financial statements, site visit photos, the committee's
 * materials): a PDF, JPEG or PNG passing the checks of every upload ({@link UploadedFiles}), attached only
 * before the committee. The bytes live in {@link ApplicationFileContent}.
 */
@Entity
@Table(name = "fin_application_file")
public class ApplicationFile {

    public static final int MAX_PER_APPLICATION = 20;
    public static final int MAX_MEGABYTES = 10;

    @Id
    @SequenceGenerator(name = "fin_application_file_seq", sequenceName = "fin_application_file_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fin_application_file_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private FinancingApplication application;

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

    protected ApplicationFile() {
        // for JPA
    }

    public static ApplicationFile of(FinancingApplication application, long attached, String fileName, byte[] bytes,
                                     String by, Clock clock) {
        application.requireFilesChangeable();
        if (attached >= MAX_PER_APPLICATION) {
            throw new RuleViolationException("financing.file.tooMany", "file", MAX_PER_APPLICATION);
        }
        UploadedFiles.checkSize(bytes, MAX_MEGABYTES);
        String type = UploadedFiles.detectType(bytes);
        if (type == null) {
            throw new RuleViolationException("evidence.type", "file");
        }
        ApplicationFile file = new ApplicationFile();
        file.application = application;
        file.fileName = UploadedFiles.baseName(fileName, "file");
        file.contentType = type;
        file.size = bytes.length;
        file.uploadedBy = by;
        file.uploadedAt = LocalDateTime.now(clock);
        return file;
    }

    public Long getId() {
        return id;
    }

    public FinancingApplication getApplication() {
        return application;
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
