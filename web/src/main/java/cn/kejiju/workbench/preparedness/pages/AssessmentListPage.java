package cn.kejiju.workbench.preparedness.pages;

import cn.kejiju.workbench.jurisdiction.JurisdictionService;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.preparedness.AssessmentOverview;
import cn.kejiju.workbench.preparedness.TownshipAssessmentService;
import cn.kejiju.workbench.preparedness.TownshipStanding;
import cn.kejiju.workbench.shared.DomainException;
import jakarta.ejb.EJBException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The township assessment of a year ({@code preparedness/assessments.xhtml?year=…&county=…}): every township of
 * the caller's counties with its total, grade and rank in its county; city users see the county column and may
 * choose one county. Export and print.
 */
@Named
@ViewScoped
public class AssessmentListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TownshipAssessmentService assessmentService;

    @Inject
    JurisdictionService jurisdictionService;

    @Inject
    PageMessages messages;

    private Integer year;
    private Long county;
    private Counties counties;
    private transient AssessmentOverview overview;
    private List<TownshipStanding> rows = List.of();

    public void load() {
        if (counties == null) {
            counties = Counties.of(jurisdictionService);
        }
        if (year == null) {
            year = assessmentService.currentYear();
        }
        try {
            overview = assessmentService.overview(year, county);
            rows = overview.rows();
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "yearForm", java.util.Set.of());
            rows = List.of();
        }
    }

    public List<Integer> getYears() {
        int current = assessmentService.currentYear();
        List<Integer> years = new ArrayList<>();
        for (int y = current + 1; y >= current - 5; y--) {
            years.add(y);
        }
        return years;
    }

    public List<TownshipStanding> getRows() {
        return rows;
    }

    public int getExcellentFrom() {
        return overview == null ? 90 : overview.scheme().getExcellentFrom();
    }

    public int getPassFrom() {
        return overview == null ? 60 : overview.scheme().getPassFrom();
    }

    public long getConfirmedCount() {
        return rows.stream().filter(r -> r.assessment() != null && r.assessment().isConfirmed()).count();
    }

    public boolean isCityUser() {
        return counties != null && counties.cityUser();
    }

    public List<SelectItem> getCountyOptions() {
        return counties == null ? List.of() : counties.items();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getCounty() {
        return county;
    }

    public void setCounty(Long county) {
        this.county = county;
    }
}
