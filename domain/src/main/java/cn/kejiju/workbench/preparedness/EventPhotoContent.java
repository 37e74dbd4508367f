package cn.kejiju.workbench.preparedness;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of one {@link EventPhoto}, under the same id, read only when the photo is served. */
@Entity
@Table(name = "prep_photo_content")
public class EventPhotoContent {

    @Id
    private Long id;

    @Column(nullable = false)
    private byte[] bytes;

    protected EventPhotoContent() {
        // for JPA
    }

    public EventPhotoContent(EventPhoto photo, byte[] bytes) {
        this.id = photo.getId();
        this.bytes = bytes.clone();
    }

    public Long getId() {
        return id;
    }

    public byte[] getBytes() {
        return bytes.clone();
    }
}
