package cn.kejiju.workbench.review.pages;

import java.io.Serializable;
import java.util.List;

/**
 * What a subject module shows a reviewer of its subjects besides the review's summary: the subject's documents
 * (an entry application's business plan and licence), each a link the reviewer may open. Implement it as an
 * {@code @ApplicationScoped} bean in the module's pages package; the review pages ask every implementation
 * that {@linkplain #handles handles} the subject kind, so the review context knows no subject module.
 */
public interface ReviewDocuments {

    /** Whether it knows the documents of subjects of this kind (e.g. {@code INCUBATOR_ENTRY}). */
    boolean handles(String subjectKind);

    /** The documents of a subject, as the signed-in reviewer may read them (none when it may not). */
    List<Document> of(long subjectId);

    /**
     * A document as a reviewer's page lists it.
     *
     * @param kind     what it is, in the user's language (商业计划书)
     * @param fileName its name
     * @param path     where it opens, below the application ({@code /files/entry-application?application=5&id=9})
     */
    record Document(String kind, String fileName, String path) implements Serializable {
    }
}
