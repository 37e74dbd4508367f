package cn.kejiju.workbench.preparedness;

import java.util.List;
import java.util.Optional;

/** Where publicity event photos and their bytes are kept. */
public interface EventPhotoRepository {

    /** The event's photos without their bytes, in the order uploaded. */
    List<EventPhoto> photos(long eventId);

    long count(long eventId);

    Optional<EventPhoto> find(long id);

    /** Stores the photo and its bytes. */
    EventPhoto add(EventPhoto photo, byte[] bytes);

    byte[] content(EventPhoto photo);

    void remove(EventPhoto photo);
}
