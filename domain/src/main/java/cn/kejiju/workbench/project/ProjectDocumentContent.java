package cn.kejiju.workbench.project;

import cn.kejiju.workbench.shared.StoredFileContent;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The bytes of one {@link ProjectDocument}, under the same id, read only when the document is downloaded. */
@Entity
@Table(name = "proj_document_content")
public class ProjectDocumentContent extends StoredFileContent {

    protected ProjectDocumentContent() {
        // for JPA
    }

    public ProjectDocumentContent(ProjectDocument file, byte[] bytes) {
        super(file.getId(), bytes);
    }
}
