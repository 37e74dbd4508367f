package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.shared.RuleViolationException;
import cn.kejiju.workbench.shared.StoredFile;
import cn.kejiju.workbench.shared.UploadedFiles;
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

/**
 * A due-diligence file of an application (financial statements, site visit photos, the committee's
 * materials): a PDF, JPEG or PNG passing the checks of every upload ({@link UploadedFiles}), attached only
 * before the committee. The bytes live in {@link ApplicationFileContent}.
 */
@Entity
@Table(name = "fin_application_file")
public class ApplicationFile extends StoredFile {

    public static final int MAX_PER_APPLICATION = 20;
    public static final int MAX_MEGABYTES = 10;

    @Id
    @SequenceGenerator(name = "fin_application_file_seq", sequenceName = "fin_application_file_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fin_application_file_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private FinancingApplication application;

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
        ApplicationFile file = new ApplicationFile();
        file.application = application;
        file.describe(fileName, "file", bytes, by, clock);
        return file;
    }

    public Long getId() {
        return id;
    }

    public FinancingApplication getApplication() {
        return application;
    }
}
