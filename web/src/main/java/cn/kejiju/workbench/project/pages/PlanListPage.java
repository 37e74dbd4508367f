package cn.kejiju.workbench.project.pages;

import cn.kejiju.workbench.incubator.pages.CountyOptions;
import cn.kejiju.workbench.jurisdiction.JurisdictionService;
import cn.kejiju.workbench.platform.PagedRows;
import cn.kejiju.workbench.project.PlanFilter;
import cn.kejiju.workbench.project.PlanService;
import cn.kejiju.workbench.project.PlanStatus;
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
 * The county plan's projects in the caller's jurisdiction ({@code project/county-plan.xhtml}), newest first,
 * filtered by year, status, overdue and text; city users see the county column and may choose one county
 * ({@code ?q=…&status=…&year=…&county=…&overdue=true}); those established within a period ({@code establishedFrom},
 * {@code establishedTo}) or with a tranche paid within it ({@code paidFrom}, {@code paidTo}), as the work summary's
 * county plan figures count them.
 */
@Named
@ViewScoped
public class PlanListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "listForm:projects";

    @Inject
    PlanService planService;

    @Inject
    JurisdictionService jurisdictionService;

    private String text;
    private PlanStatus status;
    private Integer year;
    private Long countyId;
    private boolean overdue;
    private LocalDate establishedFrom;
    private LocalDate establishedTo;
    private LocalDate paidFrom;
    private LocalDate paidTo;
    private CountyOptions counties;

    private final PagedRows<PlanListRow> rows = PagedRows.of(PlanListRow::getId,
            request -> {
                LocalDate today = planService.today();
                return planService.list(filter(), request).map(p -> new PlanListRow(p, today));
            },
            () -> planService.list(filter(), PageRequest.of(0, 1)).total()).unsorted().defaultSort(null, false);

    public void search() {
        PagedRows.firstPage(TABLE);
    }

    public void reset() {
        text = null;
        status = null;
        year = null;
        countyId = null;
        overdue = false;
        establishedFrom = null;
        establishedTo = null;
        paidFrom = null;
        paidTo = null;
        PagedRows.firstPage(TABLE);
    }

    PlanFilter filter() {
        return new PlanFilter(countyId, null, year, status, overdue, PagedRows.criterion(text), establishedFrom,
                establishedTo, paidFrom, paidTo);
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

    public List<Integer> getYears() {
        int now = planService.today().getYear();
        return IntStream.rangeClosed(now - 2, now + 1).boxed().sorted((a, b) -> b - a).toList();
    }

    public PagedRows<PlanListRow> getRows() {
        return rows;
    }

    public PlanStatus[] getStatuses() {
        return PlanStatus.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public void setStatus(PlanStatus status) {
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

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    /** With {@link #getEstablishedTo()}: established (立项) from this day on (a summary's period). */
    public LocalDate getEstablishedFrom() {
        return establishedFrom;
    }

    public void setEstablishedFrom(LocalDate establishedFrom) {
        this.establishedFrom = establishedFrom;
    }

    /** Established by this day. */
    public LocalDate getEstablishedTo() {
        return establishedTo;
    }

    public void setEstablishedTo(LocalDate establishedTo) {
        this.establishedTo = establishedTo;
    }

    /** With {@link #getPaidTo()}: a tranche paid from this day on. */
    public LocalDate getPaidFrom() {
        return paidFrom;
    }

    public void setPaidFrom(LocalDate paidFrom) {
        this.paidFrom = paidFrom;
    }

    /** A tranche paid by this day. */
    public LocalDate getPaidTo() {
        return paidTo;
    }

    public void setPaidTo(LocalDate paidTo) {
        this.paidTo = paidTo;
    }
}
