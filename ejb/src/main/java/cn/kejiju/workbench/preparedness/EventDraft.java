package cn.kejiju.workbench.preparedness;

import java.time.LocalDateTime;

/** A publicity event as a page or an integrator sends it. */
public record EventDraft(Long campaignId, Long townshipId, LocalDateTime heldAt, VenueKind venueKind,
                         String venueName, boolean consultationDesk, Integer displayBoards, Integer banners,
                         String lectureTopic, String filmTitles, String drillPlan, Integer drillParticipants,
                         Integer drillMinutes, Integer staff, Integer volunteers, Integer peopleReached,
                         Integer consultations, String leadersPresent) {

    public static EventDraft of(PublicityEvent e) {
        return new EventDraft(e.getCampaign().getId(), e.getTownship().getId(), e.getHeldAt(), e.getVenueKind(),
                e.getVenueName(), e.isConsultationDesk(), e.getDisplayBoards(), e.getBanners(), e.getLectureTopic(),
                e.getFilmTitles(), e.getDrillPlan(), e.getDrillParticipants(), e.getDrillMinutes(), e.getStaff(),
                e.getVolunteers(), e.getPeopleReached(), e.getConsultations(), e.getLeadersPresent());
    }
}
