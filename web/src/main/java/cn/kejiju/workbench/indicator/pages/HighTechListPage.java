package cn.kejiju.workbench.indicator.pages;

import cn.kejiju.workbench.incubator.pages.CountyOptions;
import cn.kejiju.workbench.indicator.HighTechService;
import cn.kejiju.workbench.indicator.HighTechStage;
import cn.kejiju.workbench.indicator.HighTechValidity;
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
 * The high-tech pipeline ({@code indicator/high-tech.xhtml}), newest case first, filtered by stage, county
 * (city users) and certificates expiring within six months ({@code ?expiring=true}).
 */
@Named
@ViewScoped
public class HighTechListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "listForm:cases";

    @Inject
    HighTechService highTechService;

    @Inject
    JurisdictionService jurisdictionService;

    private String text;
    private HighTechStage stage;
    private boolean expiring;
    private Long countyId;
    private LocalDate issuedFrom;
    private LocalDate issuedTo;
    private CountyOptions counties;

    private final PagedRows<HighTechRow> rows = PagedRows.of(HighTechRow::getId,
            request -> highTechService.list(countyId, stage, months(), PagedRows.criterion(text), issuedFrom,
                    issuedTo, request)
                    .map(c -> new HighTechRow(c, highTechService.today())),
            () -> highTechService.list(countyId, stage, months(), PagedRows.criterion(text), issuedFrom,
                    issuedTo, PageRequest.of(0, 1))
                    .total()).unsorted().defaultSort(null, false);

    private Integer months() {
        return expiring ? HighTechValidity.RENEWAL_MONTHS : null;
    }

    public void search() {
        PagedRows.firstPage(TABLE);
    }

    public void reset() {
        text = null;
        stage = null;
        expiring = false;
        countyId = null;
        issuedFrom = null;
        issuedTo = null;
        PagedRows.firstPage(TABLE);
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

    public PagedRows<HighTechRow> getRows() {
        return rows;
    }

    public HighTechStage[] getStages() {
        return HighTechStage.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public HighTechStage getStage() {
        return stage;
    }

    public void setStage(HighTechStage stage) {
        this.stage = stage;
    }

    public boolean isExpiring() {
        return expiring;
    }

    public void setExpiring(boolean expiring) {
        this.expiring = expiring;
    }

    public Long getCountyId() {
        return countyId;
    }

    public void setCountyId(Long countyId) {
        this.countyId = countyId;
    }

    /** With {@link #getIssuedTo()}: the recognitions issued from this day on (a summary's period). */
    public LocalDate getIssuedFrom() {
        return issuedFrom;
    }

    public void setIssuedFrom(LocalDate issuedFrom) {
        this.issuedFrom = issuedFrom;
    }

    public LocalDate getIssuedTo() {
        return issuedTo;
    }

    public void setIssuedTo(LocalDate issuedTo) {
        this.issuedTo = issuedTo;
    }
}
