package cn.kejiju.workbench.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of one {@link ProjectDocument}, under the same id, read only when the document is downloaded. */
@Entity
@Table(name = "proj_document_content")
public class ProjectDocumentContent {

    @Id
    private Long id;

    @Column(nullable = false)
    private byte[] bytes;

    protected ProjectDocumentContent() {
        // for JPA
    }

    public ProjectDocumentContent(ProjectDocument file, byte[] bytes) {
        this.id = file.getId();
        this.bytes = bytes.clone();
    }

    public byte[] getBytes() {
        return bytes.clone();
    }
}
