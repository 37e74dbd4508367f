package cn.kejiju.workbench.project;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.platform.Persistence;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;

/**
 * The documents of applications as {@link ProjectService} (to higher levels) and {@link PlanService} (the county
 * plan) handle them: attached with the checks of every upload while the owner allows, listed, downloaded and
 * removed, every change audited under {@code ProjectDocument}. The calling service has loaded the owner as the
 * caller may see it and, before a change, checked the caller's role and county; it runs in the caller's
 * transaction.
 */
@ApplicationScoped
public class ProjectDocuments {

    static final String RECORD = "ProjectDocument";

    @Inject
    ProjectDocumentRepository documents;

    @Inject
    Persistence persistence;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    public List<ProjectDocument> of(DocumentOwner owner) {
        return documents.of(owner);
    }

    public long count(DocumentOwner owner) {
        return documents.count(owner);
    }

    public ProjectDocument attach(DocumentOwner owner, String fileName, byte[] bytes, String by) {
        ProjectDocument document = documents.add(ProjectDocument.of(owner, documents.count(owner), fileName, bytes,
                by, clock), bytes);
        persistence.flush(RECORD, null, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.of(AuditAction.CREATE).record(RECORD, document.getId())
                .jurisdiction(owner.getCounty()).detail(owner.documentOwnerReference() + ", "
                        + document.getFileName() + ", " + document.getSize() + " bytes").build());
        return document;
    }

    /** A document of the owner with its bytes; one of another owner is answered as not found. */
    public DownloadedDocument download(DocumentOwner owner, long documentId) {
        ProjectDocument document = of(owner, documentId);
        return new DownloadedDocument(document, documents.content(document));
    }

    public void remove(DocumentOwner owner, long documentId) {
        ProjectDocument document = of(owner, documentId);
        owner.requireFilesChangeable();
        documents.remove(document);
        auditTrail.record(AuditEvent.of(AuditAction.DELETE).record(RECORD, documentId)
                .jurisdiction(owner.getCounty()).detail(owner.documentOwnerReference() + ", "
                        + document.getFileName()).build());
    }

    private ProjectDocument of(DocumentOwner owner, long documentId) {
        return documents.find(owner, documentId).orElseThrow(() -> new NotFoundException(RECORD, documentId));
    }
}
