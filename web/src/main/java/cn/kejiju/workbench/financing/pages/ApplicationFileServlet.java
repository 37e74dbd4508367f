package cn.kejiju.workbench.financing.pages;

import cn.kejiju.workbench.financing.ApplicationService;
import cn.kejiju.workbench.platform.FileDownloads;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Downloads a due diligence file of a financing application ({@code financing/application-file?application=…&id=…}),
 * or shows it in the browser with {@code &view=true}; every role that reads the application reads its files
 * (the approver sees what is approved). Another county's file answers 404 like one that does not exist.
 */
@WebServlet(ApplicationFileServlet.PATH)
public class ApplicationFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/financing/application-file";

    @Inject
    transient ApplicationService applicationService;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FileDownloads.serve(request, response, "application", (application, id) -> {
            ApplicationService.DownloadedFile file = applicationService.download(application, id);
            return new FileDownloads.Download(file.file().getContentType(), file.file().getFileName(), file.bytes());
        });
    }
}
