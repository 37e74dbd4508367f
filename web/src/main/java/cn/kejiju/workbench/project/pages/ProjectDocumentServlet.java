package cn.kejiju.workbench.project.pages;

import cn.kejiju.workbench.platform.FileDownloads;
import cn.kejiju.workbench.project.DownloadedDocument;
import cn.kejiju.workbench.project.PlanService;
import cn.kejiju.workbench.project.ProjectService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Downloads a document of an application to a higher level ({@code project/document?application=…&id=…}) or of a
 * county-plan application ({@code files/county-plan-document?project=…&id=…}, a path the experts reviewing it may
 * open too), or shows it in the browser with {@code &view=true}; every role that reads the application reads its
 * documents (the leader who recommends or decides sees what is decided). Another county's document answers 404 like
 * one that does not exist.
 */
@WebServlet({ProjectDocumentServlet.PATH, ProjectDocumentServlet.PLAN_PATH})
public class ProjectDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/project/document";
    static final String PLAN_PATH = "/files/county-plan-document";

    @Inject
    transient ProjectService projectService;

    @Inject
    transient PlanService planService;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (PLAN_PATH.equals(request.getServletPath())) {
            FileDownloads.serve(request, response, "project",
                    (project, id) -> served(planService.download(project, id)));
        } else {
            FileDownloads.serve(request, response, "application",
                    (application, id) -> served(projectService.download(application, id)));
        }
    }

    private static FileDownloads.Download served(DownloadedDocument file) {
        return new FileDownloads.Download(file.document().getContentType(), file.document().getFileName(),
                file.bytes());
    }
}
