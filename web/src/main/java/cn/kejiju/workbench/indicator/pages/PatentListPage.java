package cn.kejiju.workbench.indicator.pages;

import cn.kejiju.workbench.incubator.pages.CountyOptions;
import cn.kejiju.workbench.indicator.IndicatorService;
import cn.kejiju.workbench.indicator.PatentFilter;
import cn.kejiju.workbench.indicator.PatentStatus;
import cn.kejiju.workbench.indicator.PatentType;
import cn.kejiju.workbench.jurisdiction.JurisdictionService;
import cn.kejiju.workbench.platform.PagedRows;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The patents in the caller's jurisdiction ({@code indicator/patents.xhtml}), latest filing first, filtered by
 * type, status, year filed and text; city users see the county column and may choose one county. The days filed
 * ({@code appliedFrom}, {@code appliedTo}) and granted ({@code grantedFrom}, {@code grantedTo}) pick the patents of
 * a period, as the work summary's figures count them.
 */
@Named
@ViewScoped
public class PatentListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "listForm:patents";

    @Inject
    IndicatorService indicatorService;

    @Inject
    JurisdictionService jurisdictionService;

    private String text;
    private PatentType type;
    private PatentStatus status;
    private Integer year;
    private Long countyId;
    private LocalDate appliedFrom;
    private LocalDate appliedTo;
    private LocalDate grantedFrom;
    private LocalDate grantedTo;
    private CountyOptions counties;

    private final PagedRows<PatentRow> rows = PagedRows.of(PatentRow::getId,
            request -> indicatorService.patents(filter(), request).map(PatentRow::new),
            () -> indicatorService.patents(filter(), PageRequest.of(0, 1)).total()).unsorted().defaultSort(null, false);

    public void search() {
        PagedRows.firstPage(TABLE);
    }

    public void reset() {
        text = null;
        type = null;
        status = null;
        year = null;
        countyId = null;
        appliedFrom = null;
        appliedTo = null;
        grantedFrom = null;
        grantedTo = null;
        PagedRows.firstPage(TABLE);
    }

    PatentFilter filter() {
        return new PatentFilter(countyId, null, type, status, year, PagedRows.criterion(text), appliedFrom, appliedTo,
                grantedFrom, grantedTo);
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

    public PagedRows<PatentRow> getRows() {
        return rows;
    }

    public PatentType[] getTypes() {
        return PatentType.values();
    }

    public PatentStatus[] getStatuses() {
        return PatentStatus.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public PatentType getType() {
        return type;
    }

    public void setType(PatentType type) {
        this.type = type;
    }

    public PatentStatus getStatus() {
        return status;
    }

    public void setStatus(PatentStatus status) {
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

    /** Those filed from this day on (a summary's period). */
    public LocalDate getAppliedFrom() {
        return appliedFrom;
    }

    public void setAppliedFrom(LocalDate appliedFrom) {
        this.appliedFrom = appliedFrom;
    }

    /** Those filed by this day. */
    public LocalDate getAppliedTo() {
        return appliedTo;
    }

    public void setAppliedTo(LocalDate appliedTo) {
        this.appliedTo = appliedTo;
    }

    /** Those granted from this day on (a summary's period). */
    public LocalDate getGrantedFrom() {
        return grantedFrom;
    }

    public void setGrantedFrom(LocalDate grantedFrom) {
        this.grantedFrom = grantedFrom;
    }

    /** Those granted by this day. */
    public LocalDate getGrantedTo() {
        return grantedTo;
    }

    public void setGrantedTo(LocalDate grantedTo) {
        this.grantedTo = grantedTo;
    }
}
