package cn.kejiju.workbench.financing.pages;

import cn.kejiju.workbench.financing.ApplicationFilter;
import cn.kejiju.workbench.financing.ApplicationService;
import cn.kejiju.workbench.financing.ApplicationStatus;
import cn.kejiju.workbench.incubator.pages.CountyOptions;
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
 * The financing applications in the caller's jurisdiction ({@code financing/applications.xhtml}), newest
 * first; city users see the county column and may choose one county ({@code ?q=…&status=…&county=…}); those whose
 * guarantee in force started within a period ({@code guaranteedFrom}, {@code guaranteedTo}), as the work summary's
 * financing figures count them, or whose guarantee runs on a day ({@code guaranteedOn}: the outstanding figure).
 */
@Named
@ViewScoped
public class ApplicationListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "listForm:applications";

    @Inject
    ApplicationService applicationService;

    @Inject
    JurisdictionService jurisdictionService;

    private String text;
    private ApplicationStatus status;
    private Long countyId;
    private LocalDate guaranteedFrom;
    private LocalDate guaranteedTo;
    private LocalDate guaranteedOn;
    private CountyOptions counties;

    private final PagedRows<ApplicationListRow> rows = PagedRows.of(ApplicationListRow::getId,
            request -> applicationService.list(filter(), request).map(ApplicationListRow::new),
            () -> applicationService.list(filter(), PageRequest.of(0, 1)).total()).unsorted().defaultSort(null, false);

    public void search() {
        PagedRows.firstPage(TABLE);
    }

    public void reset() {
        text = null;
        status = null;
        countyId = null;
        guaranteedFrom = null;
        guaranteedTo = null;
        guaranteedOn = null;
        PagedRows.firstPage(TABLE);
    }

    ApplicationFilter filter() {
        return new ApplicationFilter(countyId, status, null, PagedRows.criterion(text), guaranteedFrom, guaranteedTo,
                guaranteedOn);
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

    public PagedRows<ApplicationListRow> getRows() {
        return rows;
    }

    public ApplicationStatus[] getStatuses() {
        return ApplicationStatus.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    public Long getCountyId() {
        return countyId;
    }

    public void setCountyId(Long countyId) {
        this.countyId = countyId;
    }

    /** With {@link #getGuaranteedTo()}: those whose guarantee in force started from this day on (a summary's period). */
    public LocalDate getGuaranteedFrom() {
        return guaranteedFrom;
    }

    public void setGuaranteedFrom(LocalDate guaranteedFrom) {
        this.guaranteedFrom = guaranteedFrom;
    }

    /** Those whose guarantee in force started by this day. */
    public LocalDate getGuaranteedTo() {
        return guaranteedTo;
    }

    public void setGuaranteedTo(LocalDate guaranteedTo) {
        this.guaranteedTo = guaranteedTo;
    }

    /** Those whose guarantee in force runs on this day (a summary period's last day: the outstanding figure). */
    public LocalDate getGuaranteedOn() {
        return guaranteedOn;
    }

    public void setGuaranteedOn(LocalDate guaranteedOn) {
        this.guaranteedOn = guaranteedOn;
    }
}
