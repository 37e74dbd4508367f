package cn.kejiju.workbench.project.pages;

import cn.kejiju.workbench.platform.FileDownloads;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.project.PlanProject;
import cn.kejiju.workbench.project.PlanService;
import cn.kejiju.workbench.review.pages.ReviewDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** A county-plan application's documents on its experts' assignment page (the service checks the assignment). */
@ApplicationScoped
public class PlanReviewDocuments implements ReviewDocuments {

    @Inject
    PlanService planService;

    @Inject
    PageMessages messages;

    @Override
    public boolean handles(String subjectKind) {
        return PlanProject.REVIEW_KIND.equals(subjectKind);
    }

    @Override
    public List<Document> of(long subjectId) {
        try {
            return planService.documents(subjectId).stream()
                    .map(d -> new Document(messages.text("project.document.kind"), d.getFileName(),
                            ProjectDocumentServlet.PLAN_PATH + "?project=" + subjectId + "&id=" + d.getId()))
                    .toList();
        } catch (RuntimeException e) {
            if (FileDownloads.notFound(e)) {
                return List.of();
            }
            throw e;
        }
    }
}
