package cn.kejiju.workbench.financing.pages;

import cn.kejiju.workbench.financing.ClassificationBands;
import cn.kejiju.workbench.financing.LoanFilter;
import cn.kejiju.workbench.financing.LoanService;
import cn.kejiju.workbench.financing.LoanStanding;
import cn.kejiju.workbench.financing.LoanStatus;
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
 * The loans in the caller's jurisdiction ({@code financing/loans.xhtml}), newest disbursement first, with what is
 * owed, the days past due and the five categories today; city users see the county column and may choose one
 * county ({@code ?q=…&status=…&county=…}); those whose compensation (代偿) was paid within a period
 * ({@code compensatedFrom}, {@code compensatedTo}), as the work summary's compensation figures count them.
 */
@Named
@ViewScoped
public class LoanListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "listForm:loans";

    @Inject
    LoanService loanService;

    @Inject
    JurisdictionService jurisdictionService;

    private String text;
    private LoanStatus status;
    private Long countyId;
    private LocalDate compensatedFrom;
    private LocalDate compensatedTo;
    private CountyOptions counties;

    private final PagedRows<LoanListRow> rows = PagedRows.of(LoanListRow::getId, request -> {
        LocalDate today = loanService.today();
        ClassificationBands bands = loanService.bands();
        return loanService.list(filter(), request).map(l -> new LoanListRow(l, LoanStanding.of(l, today, bands)));
    }, () -> loanService.list(filter(), PageRequest.of(0, 1)).total()).unsorted().defaultSort(null, false);

    public void search() {
        PagedRows.firstPage(TABLE);
    }

    public void reset() {
        text = null;
        status = null;
        countyId = null;
        compensatedFrom = null;
        compensatedTo = null;
        PagedRows.firstPage(TABLE);
    }

    LoanFilter filter() {
        return new LoanFilter(countyId, status, null, null, PagedRows.criterion(text), compensatedFrom, compensatedTo);
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

    public PagedRows<LoanListRow> getRows() {
        return rows;
    }

    public LoanStatus[] getStatuses() {
        return LoanStatus.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LoanStatus getStatus() {
        return status;
    }

    public void setStatus(LoanStatus status) {
        this.status = status;
    }

    public Long getCountyId() {
        return countyId;
    }

    public void setCountyId(Long countyId) {
        this.countyId = countyId;
    }

    /** With {@link #getCompensatedTo()}: those whose compensation was paid from this day on (a summary's period). */
    public LocalDate getCompensatedFrom() {
        return compensatedFrom;
    }

    public void setCompensatedFrom(LocalDate compensatedFrom) {
        this.compensatedFrom = compensatedFrom;
    }

    /** Those whose compensation was paid by this day. */
    public LocalDate getCompensatedTo() {
        return compensatedTo;
    }

    public void setCompensatedTo(LocalDate compensatedTo) {
        this.compensatedTo = compensatedTo;
    }
}
