package cn.kejiju.workbench.preparedness.pages;

import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.platform.PagedRows;
import cn.kejiju.workbench.preparedness.Campaign;
import cn.kejiju.workbench.preparedness.CampaignCalendarService;
import cn.kejiju.workbench.preparedness.CampaignService;
import cn.kejiju.workbench.preparedness.CampaignStanding;
import cn.kejiju.workbench.preparedness.EventStatus;
import cn.kejiju.workbench.preparedness.GoalProgress;
import cn.kejiju.workbench.preparedness.MaterialKind;
import cn.kejiju.workbench.preparedness.PublicityEvent;
import cn.kejiju.workbench.preparedness.PublicityEventService;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One campaign ({@code preparedness/campaign.xhtml?id=…}): its description, each goal as a progress bar
 * against what its approved events did, its events on a calendar and by time held, and the events in an
 * Excel export (activities, drill participants and the copies issued per kind in columns of their own).
 */
@Named
@ViewScoped
public class CampaignDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignService campaignService;

    @Inject
    PublicityEventService eventService;

    @Inject
    CampaignCalendarService calendarService;

    private Long id;
    private boolean notFound;
    private transient Campaign campaign;
    private List<GoalProgress> goals = List.of();
    private long consultations;

    /** A page of events (the export: all of them) and the copies issued to them, in one grouped statement. */
    private final PagedRows<EventRow> events = PagedRows.of(EventRow::getId, request -> {
        Page<PublicityEvent> page = eventService.list(id, null,
                new PageRequest(request.page(), request.size(), null, true));
        Map<Long, Map<MaterialKind, Long>> issued = eventService.issuedTo(
                page.items().stream().map(PublicityEvent::getId).toList());
        return page.map(e -> new EventRow(e, issued.getOrDefault(e.getId(), Map.of())));
    }, () -> eventService.list(id, null, PageRequest.of(0, 1)).total()).unsorted();

    /** The campaign's events on the calendar, read for the days it shows. */
    private final LazyScheduleModel calendar = new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            String root = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
            for (CampaignCalendarService.Entry e : calendarService.entries(id, start.toLocalDate(),
                    end.toLocalDate().minusDays(1))) {
                addEvent(DefaultScheduleEvent.builder().id(String.valueOf(e.id()))
                        .title(e.township() + " · " + e.venueName())
                        .startDate(e.heldAt()).endDate(e.heldAt().plusHours(1))
                        .styleClass(e.status() == EventStatus.APPROVED ? "wb-event-approved" : "wb-event-recorded")
                        .url(root + "/preparedness/event.xhtml?id=" + e.id()).build());
            }
        }
    };

    public void load() {
        if (notFound || id == null) {
            notFound = true;
            IdParameter.notFound();
            return;
        }
        try {
            CampaignStanding standing = campaignService.standing(id);
            campaign = standing.campaign();
            goals = standing.progress().goals();
            consultations = standing.progress().consultations();
        } catch (NotFoundException e) {
            notFound = true;
            IdParameter.notFound();
        }
    }

    public Campaign getCampaign() {
        if (campaign == null && id != null && !notFound) {
            campaign = campaignService.get(id);
        }
        return campaign;
    }

    public LazyScheduleModel getCalendar() {
        return calendar;
    }

    /** The calendar opens on the campaign's first day. */
    public LocalDate getCalendarStart() {
        Campaign shown = getCampaign();
        return shown == null ? null : shown.getStartsOn();
    }

    public List<GoalProgress> getGoals() {
        return goals;
    }

    public long getConsultations() {
        return consultations;
    }

    /** The kinds of material, one column each in the export of the events. */
    public List<MaterialKind> getMaterialKinds() {
        return List.of(MaterialKind.values());
    }

    /** What the event did, in one line of the export: desk, boards, banners, lecture, films, drill. */
    public String activities(EventRow row) {
        List<String> parts = new ArrayList<>();
        if (row.consultationDesk()) {
            parts.add(Texts.text("campaign.export.desk"));
        }
        if (row.displayBoards() > 0) {
            parts.add(Texts.text("campaign.export.boards", row.displayBoards()));
        }
        if (row.banners() > 0) {
            parts.add(Texts.text("campaign.export.banners", row.banners()));
        }
        if (row.lectureTopic() != null && !row.lectureTopic().isBlank()) {
            parts.add(Texts.text("campaign.export.lecture", row.lectureTopic()));
        }
        if (row.filmTitles() != null && !row.filmTitles().isBlank()) {
            parts.add(Texts.text("campaign.export.films", row.filmTitles()));
        }
        if (row.drillPlan() != null && !row.drillPlan().isBlank()) {
            parts.add(Texts.text("campaign.export.drill", row.drillPlan(),
                    row.drillMinutes() == null ? "—" : String.valueOf(row.drillMinutes())));
        }
        return String.join(Texts.text("campaign.export.separator"), parts);
    }

    public PagedRows<EventRow> getEvents() {
        return events;
    }

    public String getId() {
        return id == null ? null : id.toString();
    }

    public void setId(String text) {
        id = IdParameter.parse(text);
        notFound = IdParameter.namesNothing(text);
    }

    public boolean isNotFound() {
        return notFound;
    }
}
