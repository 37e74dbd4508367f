package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.commissioner.ServiceLogService;
import cn.kejiju.workbench.platform.ContentDisposition;
import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.shared.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Downloads an evidence file of a service log ({@code commissioner/evidence?id=…}). The service
 * decides what the caller may see: another county's file answers 404 like one that does not exist.
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
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBException e) {
            if (e.getCause() instanceof NotFoundException) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
        response.setContentType(file.evidence().getContentType());
        response.setContentLength(file.bytes().length);
        response.setHeader("Content-Disposition", ContentDisposition.attachment(file.evidence().getFileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(file.bytes());
    }
}
