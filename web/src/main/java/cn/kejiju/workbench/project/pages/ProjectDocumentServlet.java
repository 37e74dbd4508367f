package cn.kejiju.workbench.project.pages;

import cn.kejiju.workbench.platform.FileDownloads;
import cn.kejiju.workbench.project.ProjectService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Downloads a document of an application to a higher level ({@code project/document?application=…&id=…}), or shows
 * it in the browser with {@code &view=true}; every role that reads the application reads its documents (the leader
 * who recommends sees what is recommended). Another county's document answers 404 like one that does not exist.
 */
@WebServlet(ProjectDocumentServlet.PATH)
public class ProjectDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/project/document";

    @Inject
    transient ProjectService projectService;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FileDownloads.serve(request, response, "application", (application, id) -> {
            ProjectService.DownloadedDocument file = projectService.download(application, id);
            return new FileDownloads.Download(file.document().getContentType(), file.document().getFileName(),
                    file.bytes());
        });
    }
}
