package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.preparedness.EventStatus;
import cn.kejiju.workbench.preparedness.PublicityEvent;
import cn.kejiju.workbench.preparedness.VenueKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDateTime;

/** A publicity event as the API shows it. */
@Schema(name = "PublicityEvent")
public record EventResponse(
        long id,
        long version,
        PreparednessRef campaign,
        PreparednessRef county,
        PreparednessRef township,
        LocalDateTime heldAt,
        VenueKind venueKind,
        String venueName,
        boolean consultationDesk,
        int displayBoards,
        int banners,
        String lectureTopic,
        String filmTitles,
        String drillPlan,
        Integer drillParticipants,
        Integer drillMinutes,
        int staff,
        int volunteers,
        int peopleReached,
        int consultations,
        String leadersPresent,
        @Schema(description = "RECORDED until a leader approves; APPROVED events count and are frozen") EventStatus status,
        String approvedBy,
        LocalDateTime approvedAt,
        LocalDateTime updatedAt) {

    static EventResponse of(PublicityEvent e) {
        return new EventResponse(e.getId(), e.getVersion(), PreparednessRef.of(e.getCampaign()),
                PreparednessRef.of(e.getCounty()), PreparednessRef.of(e.getTownship()), e.getHeldAt(),
                e.getVenueKind(), e.getVenueName(), e.isConsultationDesk(), e.getDisplayBoards(), e.getBanners(),
                e.getLectureTopic(), e.getFilmTitles(), e.getDrillPlan(), e.getDrillParticipants(),
                e.getDrillMinutes(), e.getStaff(), e.getVolunteers(), e.getPeopleReached(), e.getConsultations(),
                e.getLeadersPresent(), e.getStatus(), e.getApprovedBy(), e.getApprovedAt(), e.getUpdatedAt());
    }
}
