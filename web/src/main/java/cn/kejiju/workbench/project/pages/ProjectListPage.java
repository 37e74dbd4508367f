package cn.kejiju.workbench.project.pages;

import cn.kejiju.workbench.incubator.pages.CountyOptions;
import cn.kejiju.workbench.jurisdiction.JurisdictionService;
import cn.kejiju.workbench.platform.PagedRows;
import cn.kejiju.workbench.project.ProgrammeLevel;
import cn.kejiju.workbench.project.ProjectFilter;
import cn.kejiju.workbench.project.ProjectService;
import cn.kejiju.workbench.project.ProjectStatus;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The applications to higher levels in the caller's jurisdiction ({@code project/applications.xhtml}), newest first,
 * filtered by level, status, year and text; city users see the county column and may choose one county
 * ({@code ?q=…&level=…&status=…&year=…&county=…}), and to those won within a period ({@code wonFrom}, {@code wonTo};
 * {@code higher=true}: to programmes of higher levels only), helped with the materials within it ({@code helpedFrom},
 * {@code helpedTo}) or with a tranche received within it ({@code receivedFrom}, {@code receivedTo}), as the work
 * summary's figures count them.
 */
@Named
@ViewScoped
public class ProjectListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "listForm:applications";

    @Inject
    ProjectService projectService;

    @Inject
    JurisdictionService jurisdictionService;

    private String text;
    private ProgrammeLevel level;
    private ProjectStatus status;
    private Integer year;
    private Long countyId;
    private LocalDate wonFrom;
    private LocalDate wonTo;
    private boolean higherLevels;
    private LocalDate helpedFrom;
    private LocalDate helpedTo;
    private LocalDate receivedFrom;
    private LocalDate receivedTo;
    private CountyOptions counties;
    /** The enterprises and units of the last filter asked for, and that filter. */
    private Long organisations;
    private ProjectFilter organisationsOf;

    private final PagedRows<ProjectListRow> rows = PagedRows.of(ProjectListRow::getId,
            request -> projectService.list(filter(), request).map(ProjectListRow::new),
            () -> projectService.list(filter(), PageRequest.of(0, 1)).total()).unsorted().defaultSort(null, false);

    public void search() {
        PagedRows.firstPage(TABLE);
    }

    public void reset() {
        text = null;
        level = null;
        status = null;
        year = null;
        countyId = null;
        wonFrom = null;
        wonTo = null;
        higherLevels = false;
        helpedFrom = null;
        helpedTo = null;
        receivedFrom = null;
        receivedTo = null;
        PagedRows.firstPage(TABLE);
    }

    ProjectFilter filter() {
        return new ProjectFilter(countyId, level, status, year, null, PagedRows.criterion(text), wonFrom, wonTo,
                higherLevels ? Boolean.TRUE : null, helpedFrom, helpedTo, receivedFrom, receivedTo);
    }

    /** Whether the list is narrowed to the help given within a period (then it says how many enterprises it names). */
    public boolean isHelpFiltered() {
        return helpedFrom != null || helpedTo != null;
    }

    /** How many enterprises and units the applications listed name, as the summary's 帮助企业 counts them. */
    public long getOrganisations() {
        ProjectFilter filter = filter();
        if (organisations == null || !filter.equals(organisationsOf)) {
            organisations = projectService.organisations(filter);
            organisationsOf = filter;
        }
        return organisations;
    }

    private CountyOptions counties() {
        if (counties == null) {
            counties = new CountyOptions(jurisdictionService);
        }
        return counties;
    }

    public boolean isCityUser() {
        return counties().cityUser();
    }

    public List<SelectItem> getCounties() {
        return counties().items();
    }

    /** This year, the two before it and the next (a call for next year is published in this one). */
    public List<Integer> getYears() {
        int now = projectService.today().getYear();
        return IntStream.rangeClosed(now - 2, now + 1).boxed().sorted((a, b) -> b - a).toList();
    }

    public PagedRows<ProjectListRow> getRows() {
        return rows;
    }

    public ProgrammeLevel[] getLevels() {
        return ProgrammeLevel.values();
    }

    public ProjectStatus[] getStatuses() {
        return ProjectStatus.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ProgrammeLevel getLevel() {
        return level;
    }

    public void setLevel(ProgrammeLevel level) {
        this.level = level;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getCountyId() {
        return countyId;
    }

    public void setCountyId(Long countyId) {
        this.countyId = countyId;
    }

    /** With {@link #getWonTo()}: the applications won (立项) from this day on (a summary's period). */
    public LocalDate getWonFrom() {
        return wonFrom;
    }

    public void setWonFrom(LocalDate wonFrom) {
        this.wonFrom = wonFrom;
    }

    public LocalDate getWonTo() {
        return wonTo;
    }

    public void setWonTo(LocalDate wonTo) {
        this.wonTo = wonTo;
    }

    /** Only the applications to programmes of higher levels (向上争取), not to the county's own. */
    public boolean isHigherLevels() {
        return higherLevels;
    }

    public void setHigherLevels(boolean higherLevels) {
        this.higherLevels = higherLevels;
    }

    /** With {@link #getHelpedTo()}: helped with the materials from this day on (a summary's period). */
    public LocalDate getHelpedFrom() {
        return helpedFrom;
    }

    public void setHelpedFrom(LocalDate helpedFrom) {
        this.helpedFrom = helpedFrom;
    }

    /** Helped with the materials by this day. */
    public LocalDate getHelpedTo() {
        return helpedTo;
    }

    public void setHelpedTo(LocalDate helpedTo) {
        this.helpedTo = helpedTo;
    }

    /** With {@link #getReceivedTo()}: a tranche received from this day on. */
    public LocalDate getReceivedFrom() {
        return receivedFrom;
    }

    public void setReceivedFrom(LocalDate receivedFrom) {
        this.receivedFrom = receivedFrom;
    }

    /** A tranche received by this day. */
    public LocalDate getReceivedTo() {
        return receivedTo;
    }

    public void setReceivedTo(LocalDate receivedTo) {
        this.receivedTo = receivedTo;
    }
}
