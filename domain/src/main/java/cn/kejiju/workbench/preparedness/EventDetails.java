package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;

import java.time.LocalDateTime;

/**
 * A publicity event as the clerk records it. Activities: a consultation desk, display boards and banners
 * put up (how many), a lecture (its topic), a film screening (the titles shown), an evacuation drill (its
 * plan, participants and minutes).
 */
public record EventDetails(Campaign campaign, Jurisdiction township, LocalDateTime heldAt, VenueKind venueKind,
                           String venueName, boolean consultationDesk, Integer displayBoards, Integer banners,
                           String lectureTopic, String filmTitles, String drillPlan, Integer drillParticipants,
                           Integer drillMinutes, Integer staff, Integer volunteers, Integer peopleReached,
                           Integer consultations, String leadersPresent) {
}
