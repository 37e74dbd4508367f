package cn.kejiju.workbench.project;

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
 * A document of an application (申报书, 可行性报告, 推荐函 …), to a higher level or to the county plan (its
 * {@link DocumentOwner}: exactly one of the two references is set): a PDF, JPEG or PNG passing the checks of every
 * upload ({@link UploadedFiles}), attached and removed only while its owner allows it (before the recommendation,
 * before the submission). The bytes live in {@link ProjectDocumentContent}.
 */
@Entity
@Table(name = "proj_document")
public class ProjectDocument extends StoredFile {

    public static final int MAX_PER_APPLICATION = 20;
    public static final int MAX_MEGABYTES = 10;

    @Id
    @SequenceGenerator(name = "proj_document_seq", sequenceName = "proj_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proj_document_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id", updatable = false)
    private ProjectApplication application;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_project_id", updatable = false)
    private PlanProject planProject;

    protected ProjectDocument() {
        // for JPA
    }

    /**
     * Checks and describes an upload for an owner that takes documents now and has room for one more;
     * {@code attached} is how many it has already.
     */
    public static ProjectDocument of(DocumentOwner owner, long attached, String fileName, byte[] bytes, String by,
                                     Clock clock) {
        owner.requireFilesChangeable();
        if (attached >= MAX_PER_APPLICATION) {
            throw new RuleViolationException("project.document.tooMany", "file", MAX_PER_APPLICATION);
        }
        UploadedFiles.checkSize(bytes, MAX_MEGABYTES);
        ProjectDocument file = new ProjectDocument();
        if (owner instanceof PlanProject project) {
            file.planProject = project;
        } else {
            file.application = (ProjectApplication) owner;
        }
        file.describe(fileName, "file", bytes, by, clock);
        return file;
    }

    public Long getId() {
        return id;
    }
}
