package cn.kejiju.workbench.preparedness.pages;

import cn.kejiju.workbench.jurisdiction.JurisdictionService;
import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.preparedness.Campaign;
import cn.kejiju.workbench.preparedness.CampaignDraft;
import cn.kejiju.workbench.preparedness.CampaignService;
import cn.kejiju.workbench.preparedness.MaterialKind;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans a campaign ({@code preparedness/campaign-edit.xhtml}) or revises one ({@code ?id=…}) with its goals,
 * one per material kind among them. The version loaded goes back with the revision; a refused rule is shown
 * next to the field it names.
 */
@Named
@ViewScoped
public class CampaignEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "editForm";

    private static final Set<String> FIELDS = Set.of("countyId", "name", "theme", "startsOn", "endsOn",
            "leadOffice", "memberUnits", "goalEvents", "goalPeople", "goalSchools");

    @Inject
    CampaignService campaignService;

    @Inject
    JurisdictionService jurisdictionService;

    @Inject
    PageMessages messages;

    private Long id;
    private Long version;
    private boolean notFound;
    private Counties counties;

    private Long countyId;
    private String name;
    private String theme;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String leadOffice;
    private String memberUnits;
    private Integer goalEvents;
    private Integer goalPeople;
    private Integer goalSchools;
    private final List<MaterialGoal> materialGoals = new ArrayList<>();

    /** Loads the campaign named by {@code ?id=}; one that names nothing or another county's answers 404. */
    public void load() {
        if (notFound) {
            IdParameter.notFound();
            return;
        }
        Map<MaterialKind, Integer> goals = Map.of();
        if (id == null) {
            countyId = counties().own();
            startsOn = campaignService.today();
            endsOn = startsOn.plusDays(6);
        } else {
            try {
                Campaign campaign = campaignService.get(id);
                CampaignDraft d = CampaignDraft.of(campaign);
                version = campaign.getVersion();
                countyId = d.countyId();
                name = d.name();
                theme = d.theme();
                startsOn = d.startsOn();
                endsOn = d.endsOn();
                leadOffice = d.leadOffice();
                memberUnits = d.memberUnits();
                goalEvents = d.goalEvents();
                goalPeople = d.goalPeople();
                goalSchools = d.goalSchools();
                goals = d.materialGoals();
            } catch (NotFoundException e) {
                notFound = true;
                IdParameter.notFound();
                return;
            }
        }
        materialGoals.clear();
        for (MaterialKind kind : MaterialKind.values()) {
            materialGoals.add(new MaterialGoal(kind, goals.get(kind)));
        }
    }

    public String save() {
        Map<MaterialKind, Integer> goals = new EnumMap<>(MaterialKind.class);
        materialGoals.stream().filter(g -> g.getTarget() != null).forEach(g -> goals.put(g.getKind(), g.getTarget()));
        CampaignDraft draft = new CampaignDraft(countyId, name, theme, startsOn, endsOn, leadOffice, memberUnits,
                goalEvents, goalPeople, goalSchools, goals);
        try {
            Campaign saved = id == null ? campaignService.plan(draft) : campaignService.revise(id, version, draft);
            Texts.info(true, "campaign.saved", saved.getName());
            return "/preparedness/campaign?faces-redirect=true&id=" + saved.getId();
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, FORM, FIELDS);
        }
        return null;
    }

    private Counties counties() {
        if (counties == null) {
            counties = Counties.of(jurisdictionService);
        }
        return counties;
    }

    public List<SelectItem> getCounties() {
        return counties().items();
    }

    public boolean isCreating() {
        return id == null && !notFound;
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

    public List<MaterialGoal> getMaterialGoals() {
        return materialGoals;
    }

    public Long getCountyId() {
        return countyId;
    }

    public void setCountyId(Long countyId) {
        this.countyId = countyId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getLeadOffice() {
        return leadOffice;
    }

    public void setLeadOffice(String leadOffice) {
        this.leadOffice = leadOffice;
    }

    public String getMemberUnits() {
        return memberUnits;
    }

    public void setMemberUnits(String memberUnits) {
        this.memberUnits = memberUnits;
    }

    public Integer getGoalEvents() {
        return goalEvents;
    }

    public void setGoalEvents(Integer goalEvents) {
        this.goalEvents = goalEvents;
    }

    public Integer getGoalPeople() {
        return goalPeople;
    }

    public void setGoalPeople(Integer goalPeople) {
        this.goalPeople = goalPeople;
    }

    public Integer getGoalSchools() {
        return goalSchools;
    }

    public void setGoalSchools(Integer goalSchools) {
        this.goalSchools = goalSchools;
    }

    /** The goal of one material kind as typed (empty: none). */
    public static final class MaterialGoal implements Serializable {

        private static final long serialVersionUID = 1L;

        private final MaterialKind kind;
        private Integer target;

        MaterialGoal(MaterialKind kind, Integer target) {
            this.kind = kind;
            this.target = target;
        }

        public MaterialKind getKind() {
            return kind;
        }

        public Integer getTarget() {
            return target;
        }

        public void setTarget(Integer target) {
            this.target = target;
        }
    }
}
