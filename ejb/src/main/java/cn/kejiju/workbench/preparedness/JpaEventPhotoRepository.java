package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.platform.Fetch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Optional;

/** Publicity event photos in JPA; the bytes in a table of their own, read only when a photo is served. */
@ApplicationScoped
public class JpaEventPhotoRepository implements EventPhotoRepository {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Override
    public List<EventPhoto> photos(long eventId) {
        return Fetch.forReading(em, em.createQuery("select p from EventPhoto p where p.event.id = :event"
                + " order by p.id", EventPhoto.class)).setParameter("event", eventId).getResultList();
    }

    @Override
    public long count(long eventId) {
        return em.createQuery("select count(p) from EventPhoto p where p.event.id = :event", Long.class)
                .setParameter("event", eventId).getSingleResult();
    }

    @Override
    public Optional<EventPhoto> find(long id) {
        TypedQuery<EventPhoto> query = em.createQuery("select p from EventPhoto p where p.id = :id", EventPhoto.class)
                .setParameter("id", id);
        return Fetch.forReading(em, Fetch.joined(query, "event", "event.county")).getResultList().stream()
                .findFirst();
    }

    @Override
    public EventPhoto add(EventPhoto photo, byte[] bytes) {
        em.persist(photo);
        em.persist(new EventPhotoContent(photo, bytes));
        return photo;
    }

    @Override
    public byte[] content(EventPhoto photo) {
        return em.find(EventPhotoContent.class, photo.getId()).getBytes();
    }

    @Override
    public void remove(EventPhoto photo) {
        EventPhotoContent content = em.find(EventPhotoContent.class, photo.getId());
        if (content != null) {
            em.remove(content);
            em.flush();
        }
        em.remove(em.contains(photo) ? photo : em.merge(photo));
    }
}
