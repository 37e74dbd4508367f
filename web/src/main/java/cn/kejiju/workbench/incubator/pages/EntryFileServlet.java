package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.incubator.EntryService;
import cn.kejiju.workbench.platform.FileDownloads;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Downloads a document of an entry application ({@code files/entry-application?application=…&id=…}), or shows it
 * in the browser with {@code &view=true}: for every role that reads the application (the leader sees what is
 * approved) and for the reviewers assigned to its review (on 我的评审). Outside the {@code incubator/} pages, which
 * reviewers may not open; another county's or another reviewer's document answers 404 like one that does not exist.
 */
@WebServlet(EntryFileServlet.PATH)
public class EntryFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/files/entry-application";

    @Inject
    transient EntryService entryService;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FileDownloads.serve(request, response, "application", (application, id) -> {
            EntryService.DownloadedFile file = entryService.download(application, id);
            return new FileDownloads.Download(file.file().getContentType(), file.file().getFileName(), file.bytes());
        });
    }
}
