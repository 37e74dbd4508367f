package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.commissioner.DemandFilter;
import cn.kejiju.workbench.commissioner.DemandService;
import cn.kejiju.workbench.commissioner.DemandStatus;
import cn.kejiju.workbench.commissioner.ServiceField;
import cn.kejiju.workbench.commissioner.TargetKind;
import cn.kejiju.workbench.platform.PagedRows;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * The demands (服务需求) of villages, cooperatives and enterprises ({@code commissioner/demands.xhtml}),
 * newest first, filtered and paged in the database and exported with the same criteria
 * ({@code ?q=…&status=…&field=…&targetKind=…}).
 */
@Named
@ViewScoped
public class DemandListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "listForm:demands";

    @Inject
    DemandService demandService;

    @Inject
    CountyChoice county;

    private String text;
    private DemandStatus status;
    private ServiceField field;
    private TargetKind targetKind;

    private final PagedRows<DemandRow> rows = PagedRows.of(DemandRow::getId,
            request -> demandService.list(filter(), request).map(DemandRow::new),
            () -> demandService.list(filter(), PageRequest.of(0, 1)).total());

    public void search() {
        PagedRows.firstPage(TABLE);
    }

    public void reset() {
        text = null;
        status = null;
        field = null;
        targetKind = null;
        county.reset();
        PagedRows.firstPage(TABLE);
    }

    DemandFilter filter() {
        return new DemandFilter(status, field, targetKind, PagedRows.criterion(text), county.getValue());
    }

    /** The county filter (city users only). */
    public CountyChoice getCounty() {
        return county;
    }

    public PagedRows<DemandRow> getRows() {
        return rows;
    }

    public DemandStatus[] getStatuses() {
        return DemandStatus.values();
    }

    public ServiceField[] getFields() {
        return ServiceField.values();
    }

    public TargetKind[] getTargetKinds() {
        return TargetKind.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public DemandStatus getStatus() {
        return status;
    }

    public void setStatus(DemandStatus status) {
        this.status = status;
    }

    public ServiceField getField() {
        return field;
    }

    public void setField(ServiceField field) {
        this.field = field;
    }

    public TargetKind getTargetKind() {
        return targetKind;
    }

    public void setTargetKind(TargetKind targetKind) {
        this.targetKind = targetKind;
    }
}
