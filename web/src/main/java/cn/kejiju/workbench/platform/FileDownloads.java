package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.shared.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Serves an uploaded file (JPEG, PNG or PDF, a type the service decided by its bytes) from a page's
 * download servlet: as an attachment, or shown in the browser with {@code &view=true} (thumbnails, a PDF
 * opened in a new tab); never sniffed, never cached.
 */
public final class FileDownloads {

    private FileDownloads() {
    }

    public static void send(HttpServletRequest request, HttpServletResponse response, String contentType,
                            String fileName, byte[] bytes) throws IOException {
        response.setContentType(contentType);
        response.setContentLength(bytes.length);
        response.setHeader("Content-Disposition", "true".equals(request.getParameter("view"))
                ? ContentDisposition.inline(fileName) : ContentDisposition.attachment(fileName));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(bytes);
    }

    /** Whether a failure of the service means "no such file for this caller" (answered 404). */
    public static boolean notFound(RuntimeException e) {
        return e instanceof NotFoundException
                || e instanceof EJBException && e.getCause() instanceof NotFoundException;
    }
}
