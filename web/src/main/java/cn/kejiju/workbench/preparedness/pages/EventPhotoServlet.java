package cn.kejiju.workbench.preparedness.pages;

import cn.kejiju.workbench.platform.FileDownloads;
import cn.kejiju.workbench.preparedness.EventPhotoService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Serves a photo of a publicity event ({@code preparedness/event-photo?event=…&id=…}, {@code &view=true} for
 * the thumbnails): whoever sees the event sees its photos; another county's answers 404 like a missing one.
 */
@WebServlet(EventPhotoServlet.PATH)
public class EventPhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/preparedness/event-photo";

    @Inject
    transient EventPhotoService photoService;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FileDownloads.serve(request, response, "event", (event, id) -> {
            EventPhotoService.Photo photo = photoService.photo(event, id);
            return new FileDownloads.Download(photo.photo().getContentType(), photo.photo().getFileName(),
                    photo.bytes());
        });
    }
}
