package cn.kejiju.workbench.preparedness.pages;

import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.jurisdiction.JurisdictionService;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.platform.PagedRows;
import cn.kejiju.workbench.preparedness.RegisterService;
import cn.kejiju.workbench.preparedness.VolunteerService;
import cn.kejiju.workbench.preparedness.VolunteerTeam;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.ejb.EJBException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The volunteer teams ({@code preparedness/volunteers.xhtml}) by township, paged in the database; city users
 * see the county column and may choose one county; the clerk forms a new team.
 */
@Named
@ViewScoped
public class VolunteerTeamsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "teamForm";
    static final String TABLE = "listForm:teams";

    private static final Set<String> FIELDS = Set.of("townshipId", "name", "leader");

    @Inject
    VolunteerService volunteerService;

    @Inject
    RegisterService registerService;

    @Inject
    JurisdictionService jurisdictionService;

    @Inject
    PageMessages messages;

    private Long countyId;
    private Counties counties;
    private transient List<SelectItem> townships;

    private Long townshipId;
    private String name;
    private String leader;

    /** A team as a row. */
    public record TeamRow(long id, String county, String township, String name, String leader) implements Serializable {

        static TeamRow of(VolunteerTeam t) {
            return new TeamRow(t.getId(), t.getCounty().getName(), t.getTownship().getName(), t.getName(),
                    t.getLeader());
        }
    }

    private final PagedRows<TeamRow> rows = PagedRows.of(TeamRow::id,
            request -> volunteerService.teams(countyId, new PageRequest(request.page(), request.size(), null, true))
                    .map(TeamRow::of),
            () -> volunteerService.teams(countyId, PageRequest.of(0, 1)).total()).unsorted();

    public PagedRows<TeamRow> getRows() {
        return rows;
    }

    public void search() {
        PagedRows.firstPage(TABLE);
    }

    public String create() {
        try {
            VolunteerTeam team = volunteerService.create(townshipId, name, leader);
            Texts.info(true, "volunteer.team.created", team.getName());
            return "/preparedness/volunteer-team?faces-redirect=true&id=" + team.getId();
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

    public boolean isCityUser() {
        return counties().cityUser();
    }

    /** The county the export's rows are of (the chosen one), or null: the caller's jurisdiction. */
    public String getScopeName() {
        return counties().name(countyId);
    }

    public List<SelectItem> getCounties() {
        return counties().items();
    }

    public List<SelectItem> getTownships() {
        if (townships == null) {
            townships = Places.of(registerService.places(null), JurisdictionLevel.TOWNSHIP, isCityUser());
        }
        return townships;
    }

    public Long getCountyId() {
        return countyId;
    }

    public void setCountyId(Long countyId) {
        this.countyId = countyId;
    }

    public Long getTownshipId() {
        return townshipId;
    }

    public void setTownshipId(Long townshipId) {
        this.townshipId = townshipId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLeader() {
        return leader;
    }

    public void setLeader(String leader) {
        this.leader = leader;
    }
}
