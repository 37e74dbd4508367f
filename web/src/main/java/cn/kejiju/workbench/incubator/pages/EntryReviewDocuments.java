package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.incubator.EntryApplication;
import cn.kejiju.workbench.incubator.EntryService;
import cn.kejiju.workbench.platform.FileDownloads;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.review.pages.ReviewDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** An entry application's documents on its reviewers' assignment page (the service checks the reviewer's assignment). */
@ApplicationScoped
public class EntryReviewDocuments implements ReviewDocuments {

    @Inject
    EntryService entryService;

    @Inject
    PageMessages messages;

    @Override
    public boolean handles(String subjectKind) {
        return EntryApplication.REVIEW_KIND.equals(subjectKind);
    }

    @Override
    public List<Document> of(long subjectId) {
        try {
            return entryService.files(subjectId).stream()
                    .map(f -> new Document(messages.text("incubator.entry.file.kind." + f.getKind().name()), f.getFileName(),
                            EntryFileServlet.PATH + "?application=" + subjectId + "&id=" + f.getId()))
                    .toList();
        } catch (RuntimeException e) {
            if (FileDownloads.notFound(e)) {
                return List.of();
            }
            throw e;
        }
    }
}
