package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.incubator.AgreementFilter;
import cn.kejiju.workbench.incubator.AgreementStatus;
import cn.kejiju.workbench.incubator.TenancyService;
import cn.kejiju.workbench.jurisdiction.JurisdictionService;
import cn.kejiju.workbench.platform.PagedRows;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The tenancy agreements (入孵协议) in the caller's jurisdiction ({@code incubator/agreements.xhtml}), newest
 * start first; city users see the county column and may choose one county
 * ({@code ?q=…&status=…&county=…&carrier=…}).
 */
@Named
@ViewScoped
public class AgreementListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "listForm:agreements";

    @Inject
    TenancyService tenancyService;

    @Inject
    JurisdictionService jurisdictionService;

    private String text;
    private AgreementStatus status;
    private Long countyId;
    private Long carrierId;
    private CountyOptions counties;

    private final PagedRows<AgreementRow> rows = PagedRows.of(AgreementRow::getId,
            request -> tenancyService.list(filter(), request).map(AgreementRow::new),
            () -> tenancyService.list(filter(), PageRequest.of(0, 1)).total()).unsorted().defaultSort(null, false);

    public void search() {
        PagedRows.firstPage(TABLE);
    }

    public void reset() {
        text = null;
        status = null;
        countyId = null;
        carrierId = null;
        PagedRows.firstPage(TABLE);
    }

    AgreementFilter filter() {
        return new AgreementFilter(countyId, carrierId, status, PagedRows.criterion(text));
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

    public PagedRows<AgreementRow> getRows() {
        return rows;
    }

    public AgreementStatus[] getStatuses() {
        return AgreementStatus.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public void setStatus(AgreementStatus status) {
        this.status = status;
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
