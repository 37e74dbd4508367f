package cn.kejiju.workbench.preparedness.pages;

import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.platform.PagedRows;
import cn.kejiju.workbench.preparedness.Campaign;
import cn.kejiju.workbench.preparedness.CampaignService;
import cn.kejiju.workbench.preparedness.CampaignStanding;
import cn.kejiju.workbench.preparedness.GoalProgress;
import cn.kejiju.workbench.preparedness.PublicityEventService;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * One campaign ({@code preparedness/campaign.xhtml?id=…}): its description, each goal as a progress bar
 * against what its approved events did, and its events by time held.
 */
@Named
@ViewScoped
public class CampaignDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignService campaignService;

    @Inject
    PublicityEventService eventService;

    private Long id;
    private boolean notFound;
    private transient Campaign campaign;
    private List<GoalProgress> goals = List.of();
    private long consultations;

    private final PagedRows<EventRow> events = PagedRows.of(EventRow::getId,
            request -> eventService.list(id, null, new PageRequest(request.page(), request.size(), null, true))
                    .map(EventRow::new),
            () -> eventService.list(id, null, PageRequest.of(0, 1)).total()).unsorted();

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

    public List<GoalProgress> getGoals() {
        return goals;
    }

    public long getConsultations() {
        return consultations;
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
