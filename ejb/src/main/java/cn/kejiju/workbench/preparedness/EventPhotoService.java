package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.platform.Persistence;
import cn.kejiju.workbench.security.CountyGuard;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;

/**
 * Photos of publicity events: the preparedness clerk attaches them while the event awaits approval (the leader
 * sees them when approving); whoever sees the event sees its photos; a photo of another county's event is
 * answered as not found.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class EventPhotoService {

    static final String RECORD = "EventPhoto";

    @Inject
    EventPhotoRepository photos;

    @Inject
    PublicityEventService events;

    @Inject
    CountyGuard guard;

    @Inject
    Persistence persistence;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    /** A photo and its bytes. */
    public record Photo(EventPhoto photo, byte[] bytes) {
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<EventPhoto> photos(long eventId) {
        events.get(eventId);
        return photos.photos(eventId);
    }

    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    public EventPhoto attach(long eventId, String fileName, byte[] bytes) {
        PublicityEvent event = events.get(eventId);
        guard.requireWithin(PublicityEventService.RECORD, eventId, event.getCounty(), "id");
        EventPhoto photo = photos.add(EventPhoto.of(event, photos.count(eventId), fileName, bytes,
                guard.callerName(), clock), bytes);
        persistence.flush(RECORD, null, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.of(AuditAction.CREATE).record(RECORD, photo.getId())
                .jurisdiction(event.getCounty())
                .detail("event " + eventId + ", " + photo.getFileName() + ", " + photo.getSize() + " bytes").build());
        return photo;
    }

    /** A photo of the event with its bytes; a photo of another event is answered as not found. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Photo photo(long eventId, long photoId) {
        EventPhoto photo = of(eventId, photoId);
        return new Photo(photo, photos.content(photo));
    }

    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    public void remove(long eventId, long photoId) {
        EventPhoto photo = of(eventId, photoId);
        PublicityEvent event = photo.getEvent();
        guard.requireWithin(PublicityEventService.RECORD, eventId, event.getCounty(), "id");
        event.requirePhotosChangeable();
        photos.remove(photo);
        auditTrail.record(AuditEvent.of(AuditAction.DELETE).record(RECORD, photoId).jurisdiction(event.getCounty())
                .detail("event " + eventId + ", " + photo.getFileName()).build());
    }

    private EventPhoto of(long eventId, long photoId) {
        events.get(eventId);
        return photos.find(photoId).filter(p -> p.getEvent().getId() == eventId)
                .orElseThrow(() -> new NotFoundException(RECORD, photoId));
    }
}
