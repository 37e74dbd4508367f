package cn.kejiju.workbench.preparedness.pages;

import cn.kejiju.workbench.preparedness.EventStatus;
import cn.kejiju.workbench.preparedness.PublicityEvent;
import cn.kejiju.workbench.preparedness.VenueKind;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A publicity event as a row of a campaign's events. */
public record EventRow(Long id, LocalDateTime heldAt, String township, VenueKind venueKind, String venueName,
                       int peopleReached, int consultations, EventStatus status) implements Serializable {

    EventRow(PublicityEvent e) {
        this(e.getId(), e.getHeldAt(), e.getTownship().getName(), e.getVenueKind(), e.getVenueName(),
                e.getPeopleReached(), e.getConsultations(), e.getStatus());
    }

    public Long getId() {
        return id;
    }
}
