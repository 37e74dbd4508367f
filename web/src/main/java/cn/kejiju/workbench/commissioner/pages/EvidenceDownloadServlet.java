package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.commissioner.ServiceLogService;
import cn.kejiju.workbench.platform.FileDownloads;
import cn.kejiju.workbench.platform.IdParameter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Downloads an evidence file of a service log ({@code commissioner/evidence?id=…}), or shows it in the
 * browser with {@code &view=true} (the thumbnails of photos, a PDF opened in a new tab). Every role that
 * reads the log reads its evidence (the approving leader too); the service decides what the caller may
 * see: another county's file, or a draft's for someone who does not write logs, answers 404 like one that
 * does not exist. Only the types the service accepted (JPEG, PNG, PDF, decided by their bytes) are ever
 * served, never sniffed.
 */
@WebServlet(EvidenceDownloadServlet.PATH)
public class EvidenceDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/commissioner/evidence";

    @Inject
    transient ServiceLogService logService;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = IdParameter.parse(request.getParameter("id"));
        if (id == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ServiceLogService.EvidenceFile file;
        try {
            file = logService.download(id);
        } catch (RuntimeException e) {
            if (FileDownloads.notFound(e)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
        FileDownloads.send(request, response, file.evidence().getContentType(), file.evidence().getFileName(),
                file.bytes());
    }
}
