package cn.kejiju.workbench.preparedness.pages;

import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.jurisdiction.JurisdictionService;
import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.preparedness.Campaign;
import cn.kejiju.workbench.preparedness.CampaignService;
import cn.kejiju.workbench.preparedness.EventDraft;
import cn.kejiju.workbench.preparedness.PublicityEvent;
import cn.kejiju.workbench.preparedness.PublicityEventService;
import cn.kejiju.workbench.preparedness.VenueKind;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * Records a publicity event of a campaign ({@code preparedness/event-edit.xhtml?campaign=…}) or corrects a
 * recorded one ({@code ?id=…}). The townships offered are those of the campaign's county.
 */
@Named
@ViewScoped
public class EventEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "editForm";

    private static final Set<String> FIELDS = Set.of("townshipId", "heldAt", "venueKind", "venueName",
            "consultationDesk", "displayBoards", "banners", "lectureTopic", "filmTitles", "drillPlan",
            "drillParticipants", "drillMinutes", "staff", "volunteers", "peopleReached", "consultations",
            "leadersPresent");

    @Inject
    PublicityEventService eventService;

    @Inject
    CampaignService campaignService;

    @Inject
    JurisdictionService jurisdictionService;

    @Inject
    PageMessages messages;

    private Long id;
    private Long campaignId;
    private String campaignName;
    private Long version;
    private boolean notFound;
    private List<SelectItem> townships = List.of();

    private Long townshipId;
    private LocalDateTime heldAt;
    private VenueKind venueKind;
    private String venueName;
    private boolean consultationDesk;
    private Integer displayBoards;
    private Integer banners;
    private String lectureTopic;
    private String filmTitles;
    private String drillPlan;
    private Integer drillParticipants;
    private Integer drillMinutes;
    private Integer staff;
    private Integer volunteers;
    private Integer peopleReached;
    private Integer consultations;
    private String leadersPresent;

    public void load() {
        if (notFound) {
            IdParameter.notFound();
            return;
        }
        try {
            if (id != null) {
                PublicityEvent event = eventService.get(id);
                EventDraft d = EventDraft.of(event);
                version = event.getVersion();
                campaignId = d.campaignId();
                townshipId = d.townshipId();
                heldAt = d.heldAt();
                venueKind = d.venueKind();
                venueName = d.venueName();
                consultationDesk = d.consultationDesk();
                displayBoards = d.displayBoards();
                banners = d.banners();
                lectureTopic = d.lectureTopic();
                filmTitles = d.filmTitles();
                drillPlan = d.drillPlan();
                drillParticipants = d.drillParticipants();
                drillMinutes = d.drillMinutes();
                staff = d.staff();
                volunteers = d.volunteers();
                peopleReached = d.peopleReached();
                consultations = d.consultations();
                leadersPresent = d.leadersPresent();
            }
            if (campaignId == null) {
                throw new NotFoundException("Campaign", 0L);
            }
            Campaign campaign = campaignService.get(campaignId);
            campaignName = campaign.getName();
            if (heldAt == null) {
                LocalDateTime now = eventService.now();
                heldAt = campaign.covers(now.toLocalDate()) ? now : campaign.getStartsOn().atTime(9, 0);
            }
            townships = jurisdictionService.list(campaign.getCounty().getId(), null).stream()
                    .filter(j -> j.getLevel() == JurisdictionLevel.TOWNSHIP)
                    .map(j -> new SelectItem(j.getId(), j.getName())).toList();
        } catch (NotFoundException e) {
            notFound = true;
            IdParameter.notFound();
        }
    }

    public String save() {
        EventDraft draft = new EventDraft(campaignId, townshipId, heldAt, venueKind, venueName, consultationDesk,
                displayBoards, banners, lectureTopic, filmTitles, drillPlan, drillParticipants, drillMinutes, staff,
                volunteers, peopleReached, consultations, leadersPresent);
        try {
            PublicityEvent saved = id == null ? eventService.record(draft) : eventService.revise(id, version, draft);
            Texts.info(true, "event.saved");
            return "/preparedness/event?faces-redirect=true&id=" + saved.getId();
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, FORM, FIELDS);
        }
        return null;
    }

    public boolean isCreating() {
        return id == null && !notFound;
    }

    public String getId() {
        return id == null ? null : id.toString();
    }

    public void setId(String text) {
        id = IdParameter.parse(text);
        notFound = notFound || IdParameter.namesNothing(text);
    }

    public String getCampaign() {
        return campaignId == null ? null : campaignId.toString();
    }

    public void setCampaign(String text) {
        if (text != null && !text.isBlank()) {
            campaignId = IdParameter.parse(text);
            notFound = notFound || IdParameter.namesNothing(text);
        }
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getCampaignName() {
        return campaignName;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public List<SelectItem> getTownships() {
        return townships;
    }

    public VenueKind[] getVenueKinds() {
        return VenueKind.values();
    }

    public Long getTownshipId() {
        return townshipId;
    }

    public void setTownshipId(Long townshipId) {
        this.townshipId = townshipId;
    }

    public LocalDateTime getHeldAt() {
        return heldAt;
    }

    public void setHeldAt(LocalDateTime heldAt) {
        this.heldAt = heldAt;
    }

    public VenueKind getVenueKind() {
        return venueKind;
    }

    public void setVenueKind(VenueKind venueKind) {
        this.venueKind = venueKind;
    }

    public String getVenueName() {
        return venueName;
    }

    public void setVenueName(String venueName) {
        this.venueName = venueName;
    }

    public boolean isConsultationDesk() {
        return consultationDesk;
    }

    public void setConsultationDesk(boolean consultationDesk) {
        this.consultationDesk = consultationDesk;
    }

    public Integer getDisplayBoards() {
        return displayBoards;
    }

    public void setDisplayBoards(Integer displayBoards) {
        this.displayBoards = displayBoards;
    }

    public Integer getBanners() {
        return banners;
    }

    public void setBanners(Integer banners) {
        this.banners = banners;
    }

    public String getLectureTopic() {
        return lectureTopic;
    }

    public void setLectureTopic(String lectureTopic) {
        this.lectureTopic = lectureTopic;
    }

    public String getFilmTitles() {
        return filmTitles;
    }

    public void setFilmTitles(String filmTitles) {
        this.filmTitles = filmTitles;
    }

    public String getDrillPlan() {
        return drillPlan;
    }

    public void setDrillPlan(String drillPlan) {
        this.drillPlan = drillPlan;
    }

    public Integer getDrillParticipants() {
        return drillParticipants;
    }

    public void setDrillParticipants(Integer drillParticipants) {
        this.drillParticipants = drillParticipants;
    }

    public Integer getDrillMinutes() {
        return drillMinutes;
    }

    public void setDrillMinutes(Integer drillMinutes) {
        this.drillMinutes = drillMinutes;
    }

    public Integer getStaff() {
        return staff;
    }

    public void setStaff(Integer staff) {
        this.staff = staff;
    }

    public Integer getVolunteers() {
        return volunteers;
    }

    public void setVolunteers(Integer volunteers) {
        this.volunteers = volunteers;
    }

    public Integer getPeopleReached() {
        return peopleReached;
    }

    public void setPeopleReached(Integer peopleReached) {
        this.peopleReached = peopleReached;
    }

    public Integer getConsultations() {
        return consultations;
    }

    public void setConsultations(Integer consultations) {
        this.consultations = consultations;
    }

    public String getLeadersPresent() {
        return leadersPresent;
    }

    public void setLeadersPresent(String leadersPresent) {
        this.leadersPresent = leadersPresent;
    }
}
