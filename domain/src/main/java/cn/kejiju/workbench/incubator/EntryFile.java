package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.shared.RuleViolationException;
import cn.kejiju.workbench.shared.StoredFile;
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

/**
 * A document of an entry application (入孵申请材料: the business plan, the business licence, others): a PDF, JPEG
 * or PNG passing the checks of every upload ({@link UploadedFiles}), attached and removed only while the
 * application is a draft, so that what the reviewers and the leader judge is what was submitted. The bytes live
 * in {@link EntryFileContent}.
 */
@Entity
@Table(name = "inc_entry_file")
public class EntryFile extends StoredFile {

    public static final int MAX_PER_APPLICATION = 20;
    public static final int MAX_MEGABYTES = 10;

    @Id
    @SequenceGenerator(name = "inc_entry_file_seq", sequenceName = "inc_entry_file_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inc_entry_file_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private EntryApplication application;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EntryFileKind kind;

    protected EntryFile() {
        // for JPA
    }

    /**
     * Checks and describes an upload for a draft application that has room for it; {@code attached} is how many
     * documents the application has already.
     */
    public static EntryFile of(EntryApplication application, EntryFileKind kind, long attached, String fileName,
                               byte[] bytes, String by, Clock clock) {
        application.requireFilesChangeable();
        if (kind == null) {
            throw new RuleViolationException("field.required", "kind");
        }
        if (attached >= MAX_PER_APPLICATION) {
            throw new RuleViolationException("incubator.entry.file.tooMany", "file", MAX_PER_APPLICATION);
        }
        UploadedFiles.checkSize(bytes, MAX_MEGABYTES);
        EntryFile file = new EntryFile();
        file.application = application;
        file.kind = kind;
        file.describe(fileName, "document", bytes, by, clock);
        return file;
    }

    /** Whether it may be removed: only while its application is a draft. */
    public void requireRemovable() {
        application.requireFilesChangeable();
    }

    public Long getId() {
        return id;
    }

    public EntryApplication getApplication() {
        return application;
    }

    public EntryFileKind getKind() {
        return kind;
    }
}
