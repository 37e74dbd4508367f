package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.incubator.GraduationService;
import cn.kejiju.workbench.incubator.TenantFilter;
import cn.kejiju.workbench.jurisdiction.JurisdictionService;
import cn.kejiju.workbench.platform.DomainMessages;
import cn.kejiju.workbench.platform.PageMessages;
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
 * The running tenants with their graduation standing ({@code incubator/tenants.xhtml}): who meets which
 * criterion today, by the enterprise's name; city users see the county column and may choose one county
 * ({@code ?q=…&county=…&carrier=…}). A tenant's page records figures and, for a leader, graduates it. With a day
 * ({@code asOf}: the tenants on that day; {@code enteredFrom} / {@code enteredTo}; {@code graduatedFrom} /
 * {@code graduatedTo}) the list is of those days, as the work summary's incubator figures count them.
 */
@Named
@ViewScoped
public class TenantListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "listForm:tenants";

    @Inject
    GraduationService graduationService;

    @Inject
    JurisdictionService jurisdictionService;

    @Inject
    DomainMessages texts;

    @Inject
    PageMessages messages;

    private String text;
    private Long countyId;
    private Long carrierId;
    private LocalDate asOf;
    private LocalDate enteredFrom;
    private LocalDate enteredTo;
    private LocalDate graduatedFrom;
    private LocalDate graduatedTo;
    private CountyOptions counties;

    private final PagedRows<TenantRow> rows = PagedRows.of(TenantRow::getId,
            request -> graduationService.tenants(filter(), request).map(s -> new TenantRow(s, ReasonTexts.of(texts, messages))),
            () -> graduationService.tenants(filter(), PageRequest.of(0, 1)).total()).unsorted().defaultSort(null, true);

    public void search() {
        PagedRows.firstPage(TABLE);
    }

    public void reset() {
        text = null;
        countyId = null;
        carrierId = null;
        asOf = null;
        enteredFrom = null;
        enteredTo = null;
        graduatedFrom = null;
        graduatedTo = null;
        PagedRows.firstPage(TABLE);
    }

    TenantFilter filter() {
        return new TenantFilter(countyId, carrierId, PagedRows.criterion(text), asOf, enteredFrom, enteredTo,
                graduatedFrom, graduatedTo);
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

    public PagedRows<TenantRow> getRows() {
        return rows;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getCountyId() {
        return countyId;
    }

    public void setCountyId(Long countyId) {
        this.countyId = countyId;
    }

    public Long getCarrierId() {
        return carrierId;
    }

    public void setCarrierId(Long carrierId) {
        this.carrierId = carrierId;
    }

    /** The tenants on this day (entered by it, not exited before it), running today or not. */
    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    /** With {@link #getEnteredTo()}: entered from this day on. */
    public LocalDate getEnteredFrom() {
        return enteredFrom;
    }

    public void setEnteredFrom(LocalDate enteredFrom) {
        this.enteredFrom = enteredFrom;
    }

    /** Entered by this day. */
    public LocalDate getEnteredTo() {
        return enteredTo;
    }

    public void setEnteredTo(LocalDate enteredTo) {
        this.enteredTo = enteredTo;
    }

    /** With {@link #getGraduatedTo()}: graduated from this day on. */
    public LocalDate getGraduatedFrom() {
        return graduatedFrom;
    }

    public void setGraduatedFrom(LocalDate graduatedFrom) {
        this.graduatedFrom = graduatedFrom;
    }

    /** Graduated by this day. */
    public LocalDate getGraduatedTo() {
        return graduatedTo;
    }

    public void setGraduatedTo(LocalDate graduatedTo) {
        this.graduatedTo = graduatedTo;
    }
}
