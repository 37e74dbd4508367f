package cn.kejiju.workbench.project;

import cn.kejiju.workbench.shared.UploadedFiles;
import cn.kejiju.workbench.shared.RuleViolationException;
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
 * A document of an application (申报书, 可行性报告, 推荐函 …): a PDF, JPEG or PNG passing the checks of every upload
 * ({@link UploadedFiles}), attached only while the application is prepared. The bytes live in
 * {@link ProjectDocumentContent}.
 */
@Entity
@Table(name = "proj_document")
public class ProjectDocument {

    public static final int MAX_PER_APPLICATION = 20;
    public static final int MAX_MEGABYTES = 10;

    @Id
    @SequenceGenerator(name = "proj_document_seq", sequenceName = "proj_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proj_document_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private ProjectApplication application;

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

    protected ProjectDocument() {
        // for JPA
    }

    public static ProjectDocument of(ProjectApplication application, long attached, String fileName, byte[] bytes,
                                     String by, Clock clock) {
        application.requireFilesChangeable();
        if (attached >= MAX_PER_APPLICATION) {
            throw new RuleViolationException("project.document.tooMany", "file", MAX_PER_APPLICATION);
        }
        UploadedFiles.checkSize(bytes, MAX_MEGABYTES);
        String type = UploadedFiles.detectType(bytes);
        if (type == null) {
            throw new RuleViolationException("evidence.type", "file");
        }
        ProjectDocument file = new ProjectDocument();
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

    public ProjectApplication getApplication() {
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
