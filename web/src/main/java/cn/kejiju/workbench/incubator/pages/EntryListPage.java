package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.incubator.EntryFilter;
import cn.kejiju.workbench.incubator.EntryService;
import cn.kejiju.workbench.incubator.EntryStatus;
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
 * The entry applications (入孵申请) in the caller's jurisdiction ({@code incubator/applications.xhtml}), newest
 * first; city users see the county column and may choose one county ({@code ?q=…&status=…&county=…}). A leader
 * decides a reviewed application from its row (the decision dialog, {@link EntryDecisionDialog}).
 */
@Named
@ViewScoped
public class EntryListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "listForm:applications";

    @Inject
    EntryService entryService;

    @Inject
    JurisdictionService jurisdictionService;

    private String text;
    private EntryStatus status;
    private Long countyId;
    private Long carrierId;
    private CountyOptions counties;

    private final PagedRows<EntryRow> rows = PagedRows.of(EntryRow::getId,
            request -> entryService.list(filter(), request).map(EntryRow::new),
            () -> entryService.list(filter(), PageRequest.of(0, 1)).total()).unsorted().defaultSort(null, false);

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

    EntryFilter filter() {
        return new EntryFilter(countyId, carrierId, status, PagedRows.criterion(text), null);
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

    public PagedRows<EntryRow> getRows() {
        return rows;
    }

    public EntryStatus[] getStatuses() {
        return EntryStatus.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public EntryStatus getStatus() {
        return status;
    }

    public void setStatus(EntryStatus status) {
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
