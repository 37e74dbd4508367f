package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.commissioner.AssignmentService;
import cn.kejiju.workbench.platform.FileDownloads;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Downloads a file of an assignment's signed tripartite agreement
 * ({@code commissioner/agreement-file?assignment=…&id=…}), or shows it in the browser with
 * {@code &view=true}. Every role that reads the assignment reads its agreement; another county's file
 * answers 404 like one that does not exist.
 */
@WebServlet(AgreementDownloadServlet.PATH)
public class AgreementDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/commissioner/agreement-file";

    @Inject
    transient AssignmentService assignmentService;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FileDownloads.serve(request, response, "assignment", (assignment, id) -> {
            AssignmentService.AgreementDownload file = assignmentService.downloadAgreement(assignment, id);
            return new FileDownloads.Download(file.file().getContentType(), file.file().getFileName(), file.bytes());
        });
    }
}
