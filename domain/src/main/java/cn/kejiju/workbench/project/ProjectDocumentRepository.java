package cn.kejiju.workbench.project;

import java.util.List;
import java.util.Optional;

/** The documents of applications (to higher levels and to the county plan) and their bytes. */
public interface ProjectDocumentRepository {

    /** The owner's documents, oldest first, without their bytes. */
    List<ProjectDocument> of(DocumentOwner owner);

    long count(DocumentOwner owner);

    /** The document, if it belongs to the owner (one of another owner is not found). */
    Optional<ProjectDocument> find(DocumentOwner owner, long documentId);

    ProjectDocument add(ProjectDocument document, byte[] bytes);

    byte[] content(ProjectDocument document);

    void remove(ProjectDocument document);
}
