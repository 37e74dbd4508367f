package cn.kejiju.workbench.preparedness.pages;

import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.platform.UploadedFileRow;
import cn.kejiju.workbench.preparedness.EventPhoto;
import cn.kejiju.workbench.preparedness.EventPhotoService;
import cn.kejiju.workbench.shared.DomainException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The photos of a publicity event on its page ({@code preparedness/event.xhtml}): thumbnails served by
 * {@link EventPhotoServlet}, and the clerk's upload and removal while the event awaits approval.
 */
@Named
@ViewScoped
public class EventPhotosPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "photoForm";

    @Inject
    EventPhotoService photoService;

    @Inject
    EventDetailPage detail;

    @Inject
    PageMessages messages;

    private transient List<UploadedFileRow> photos;
    private transient UploadedFile file;

    public List<UploadedFileRow> getPhotos() {
        if (photos == null) {
            photos = photoService.photos(eventId()).stream().map(EventPhotosPanel::row).toList();
        }
        return photos;
    }

    /** Attaches the chosen photo; the service checks its type and size. */
    public String upload() {
        if (file == null || file.getSize() == 0) {
            messages.errorOn(FORM + ":file", "financing.file.noFile");
            return null;
        }
        try {
            photoService.attach(eventId(), file.getFileName(), file.getContent());
            return reload("event.photo.uploaded", file.getFileName());
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, FORM, Set.of("file"));
        }
        return null;
    }

    public String remove(long photoId) {
        try {
            photoService.remove(eventId(), photoId);
            return reload("event.photo.removed");
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, FORM, Set.of("file"));
        }
        return null;
    }

    private String reload(String key, Object... arguments) {
        Texts.info(true, key, arguments);
        return "/preparedness/event?faces-redirect=true&id=" + eventId();
    }

    private long eventId() {
        return Long.parseLong(detail.getId());
    }

    private static UploadedFileRow row(EventPhoto p) {
        return new UploadedFileRow(p.getId(), p.getFileName(), p.getContentType(), p.getSize(), p.getUploadedBy(),
                p.getUploadedAt());
    }

    /** The address of a photo up to its id, for the gallery. */
    public String getDownloadPath() {
        return EventPhotoServlet.PATH + "?event=" + eventId() + "&id=";
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
