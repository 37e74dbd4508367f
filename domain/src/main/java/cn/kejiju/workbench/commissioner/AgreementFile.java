package cn.kejiju.workbench.commissioner;

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
 * A file of the signed tripartite agreement (三方协议) of an assignment: a PDF or a scanned page (JPEG or
 * PNG). It passes the checks of every upload ({@link UploadedFiles}: type from the first bytes, size
 * capped by the settings, name cleaned); files are attached and removed only while the assignment has
 * not ended. The bytes live in {@link AgreementFileContent}, so listing the files never loads them.
 */
@Entity
@Table(name = "agreement_file")
public class AgreementFile extends StoredFile {

    public static final int MAX_PER_ASSIGNMENT = 10;

    @Id
    @SequenceGenerator(name = "agreement_file_seq", sequenceName = "agreement_file_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_file_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false)
    private Assignment assignment;

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
        AgreementFile file = new AgreementFile();
        file.assignment = assignment;
        file.describe(fileName, "agreement", bytes, by, clock);
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
}
