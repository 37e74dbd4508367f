package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.preparedness.EventDraft;
import cn.kejiju.workbench.preparedness.PublicityEvent;
import cn.kejiju.workbench.preparedness.VenueKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDateTime;

/**
 * A publicity event as an integrator sends it. At least one activity: the consultation desk, display boards
 * or banners put up, a lecture, a film screening or an evacuation drill (plan, participants and minutes
 * together). {@code version} is required when updating.
 */
@Schema(name = "PublicityEventRequest")
public class EventRequest {

    @Schema(required = true, description = "The campaign the event belongs to")
    @NotNull
    public Long campaignId;

    @Schema(required = true, description = "A township (乡镇/街道) of the campaign's county")
    @NotNull
    public Long townshipId;

    @Schema(required = true, description = "Bureau-local date and time, within the campaign, not in the future",
            example = "2026-05-12T09:00:00")
    @NotNull
    public LocalDateTime heldAt;

    @Schema(required = true)
    @NotNull
    public VenueKind venueKind;

    @Schema(required = true, example = "月兔广场")
    @NotBlank
    @Size(max = PublicityEvent.VENUE_MAX)
    public String venueName;

    @Schema(description = "A consultation desk (宣传咨询台) was set up")
    public boolean consultationDesk;

    @Schema(description = "Display boards (展板) put up", example = "10")
    public Integer displayBoards;

    @Schema(description = "Banners (横幅) hung", example = "2")
    public Integer banners;

    @Schema(description = "The lecture's topic, when a lecture was given")
    @Size(max = PublicityEvent.TOPIC_MAX)
    public String lectureTopic;

    @Schema(description = "The films screened, when there was a screening")
    @Size(max = PublicityEvent.FILMS_MAX)
    public String filmTitles;

    @Schema(description = "The evacuation drill's plan (预案), when there was a drill")
    @Size(max = PublicityEvent.PLAN_MAX)
    public String drillPlan;

    public Integer drillParticipants;

    @Schema(description = "1 to 1440")
    public Integer drillMinutes;

    @Schema(description = "Staff present")
    public Integer staff;

    @Schema(description = "Volunteers present")
    public Integer volunteers;

    @Schema(description = "People reached")
    public Integer peopleReached;

    @Schema(description = "Consultations (人次); only with a consultation desk")
    public Integer consultations;

    @Schema(description = "Leaders present, by name and office")
    @Size(max = PublicityEvent.LEADERS_MAX)
    public String leadersPresent;

    @Schema(description = "The version read; required for updates")
    public Long version;

    EventDraft toDraft() {
        return new EventDraft(campaignId, townshipId, heldAt, venueKind, venueName, consultationDesk, displayBoards,
                banners, lectureTopic, filmTitles, drillPlan, drillParticipants, drillMinutes, staff, volunteers,
                peopleReached, consultations, leadersPresent);
    }
}
