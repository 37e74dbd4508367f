package cn.kejiju.workbench.preparedness.pages;

import cn.kejiju.workbench.preparedness.EventStatus;
import cn.kejiju.workbench.preparedness.MaterialKind;
import cn.kejiju.workbench.preparedness.PublicityEvent;
import cn.kejiju.workbench.preparedness.VenueKind;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;

/**
 * A publicity event as a row of a campaign's events: what the table shows, and what its Excel export adds
 * (the activities, the drill's participants, the copies issued or lent per kind).
 */
public record EventRow(Long id, LocalDateTime heldAt, String township, VenueKind venueKind, String venueName,
                       int peopleReached, int consultations, EventStatus status, boolean consultationDesk,
                       int displayBoards, int banners, String lectureTopic, String filmTitles, String drillPlan,
                       Integer drillParticipants, Integer drillMinutes, EnumMap<MaterialKind, Long> issued)
        implements Serializable {

    /** The event with the copies issued or lent to it ({@code issued} may leave out kinds it had none of). */
    EventRow(PublicityEvent e, Map<MaterialKind, Long> issued) {
        this(e.getId(), e.getHeldAt(), e.getTownship().getName(), e.getVenueKind(), e.getVenueName(),
                e.getPeopleReached(), e.getConsultations(), e.getStatus(), e.isConsultationDesk(),
                e.getDisplayBoards(), e.getBanners(), e.getLectureTopic(), e.getFilmTitles(), e.getDrillPlan(),
                e.getDrillParticipants(), e.getDrillMinutes(), copy(issued));
    }

    private static EnumMap<MaterialKind, Long> copy(Map<MaterialKind, Long> issued) {
        EnumMap<MaterialKind, Long> copy = new EnumMap<>(MaterialKind.class);
        copy.putAll(issued);
        return copy;
    }

    public Long getId() {
        return id;
    }

    /** Copies of the kind issued or lent to the event (0 when none). */
    public long issued(MaterialKind kind) {
        return issued.getOrDefault(kind, 0L);
    }
}
