package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.shared.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.function.BiFunction;

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

    /** A file as a download servlet serves it. */
    public record Download(String contentType, String fileName, byte[] bytes) {
    }

    /**
     * Serves the file a servlet's address names by two ids, the owner's ({@code ownerParameter}) and the
     * file's ({@code id}): 404 when either is missing or malformed, or when the service answers that the
     * caller has no such file (another county's answers the same).
     */
    public static void serve(HttpServletRequest request, HttpServletResponse response, String ownerParameter,
                             BiFunction<Long, Long, Download> find) throws IOException {
        Long owner = IdParameter.parse(request.getParameter(ownerParameter));
        Long id = IdParameter.parse(request.getParameter("id"));
        if (owner == null || id == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Download file;
        try {
            file = find.apply(owner, id);
        } catch (RuntimeException e) {
            if (notFound(e)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
        send(request, response, file.contentType(), file.fileName(), file.bytes());
    }

    /** Whether a failure of the service means "no such file for this caller" (answered 404). */
    public static boolean notFound(RuntimeException e) {
        return e instanceof NotFoundException
                || e instanceof EJBException && e.getCause() instanceof NotFoundException;
    }
}
