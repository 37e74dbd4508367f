package cn.kejiju.workbench.project;

import cn.kejiju.workbench.platform.Fetch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Optional;

/**
 * The documents of applications in JPA: one table for both owners, each document holding the reference of
 * exactly one (an application to a higher level or a project of the county plan); the bytes in a table of
 * their own, read only for a download.
 */
@ApplicationScoped
public class JpaProjectDocumentRepository implements ProjectDocumentRepository {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Override
    public List<ProjectDocument> of(DocumentOwner owner) {
        return em.createQuery("select d from ProjectDocument d where d." + reference(owner) + ".id = :owner"
                + " order by d.id", ProjectDocument.class).setParameter("owner", owner.getId()).getResultList();
    }

    @Override
    public long count(DocumentOwner owner) {
        return em.createQuery("select count(d) from ProjectDocument d where d." + reference(owner) + ".id = :owner",
                Long.class).setParameter("owner", owner.getId()).getSingleResult();
    }

    @Override
    public Optional<ProjectDocument> find(DocumentOwner owner, long documentId) {
        TypedQuery<ProjectDocument> query = em.createQuery("select d from ProjectDocument d where d.id = :id and d."
                + reference(owner) + ".id = :owner", ProjectDocument.class)
                .setParameter("id", documentId).setParameter("owner", owner.getId());
        return Fetch.forReading(em, query).getResultList().stream().findFirst();
    }

    @Override
    public ProjectDocument add(ProjectDocument document, byte[] bytes) {
        em.persist(document);
        em.persist(new ProjectDocumentContent(document, bytes));
        return document;
    }

    @Override
    public byte[] content(ProjectDocument document) {
        return em.find(ProjectDocumentContent.class, document.getId()).getBytes();
    }

    @Override
    public void remove(ProjectDocument document) {
        ProjectDocumentContent content = em.find(ProjectDocumentContent.class, document.getId());
        if (content != null) {
            em.remove(content);
            em.flush();
        }
        em.remove(document);
    }

    /** The document's reference to an owner of this kind. */
    private static String reference(DocumentOwner owner) {
        return owner instanceof PlanProject ? "planProject" : "application";
    }
}
