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
import java.util.List;

/**
 * The running tenants with their graduation standing ({@code incubator/tenants.xhtml}): who meets which
 * criterion today, by the enterprise's name; city users see the county column and may choose one county
 * ({@code ?q=…&county=…&carrier=…}). A tenant's page records figures and, for a leader, graduates it.
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
        PagedRows.firstPage(TABLE);
    }

    TenantFilter filter() {
        return new TenantFilter(countyId, carrierId, PagedRows.criterion(text));
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
}
