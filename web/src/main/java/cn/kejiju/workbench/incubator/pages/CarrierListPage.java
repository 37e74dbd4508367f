package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.incubator.CarrierFilter;
import cn.kejiju.workbench.incubator.CarrierKind;
import cn.kejiju.workbench.incubator.CarrierService;
import cn.kejiju.workbench.incubator.RecognitionLevel;
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
 * The carriers (孵化载体) in the caller's jurisdiction ({@code incubator/carriers.xhtml}) by name, each with
 * its number of units and total area; city users see the county column and may choose one county
 * ({@code ?q=…&kind=…&level=…&county=…}).
 */
@Named
@ViewScoped
public class CarrierListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "listForm:carriers";

    @Inject
    CarrierService carrierService;

    @Inject
    JurisdictionService jurisdictionService;

    private String text;
    private CarrierKind kind;
    private RecognitionLevel level;
    private Long countyId;
    private CountyOptions counties;

    private final PagedRows<CarrierRow> rows = PagedRows.of(CarrierRow::getId,
            request -> carrierService.list(filter(), request).map(CarrierRow::new),
            () -> carrierService.list(filter(), PageRequest.of(0, 1)).total()).unsorted();

    public void search() {
        PagedRows.firstPage(TABLE);
    }

    public void reset() {
        text = null;
        kind = null;
        level = null;
        countyId = null;
        PagedRows.firstPage(TABLE);
    }

    CarrierFilter filter() {
        return new CarrierFilter(countyId, kind, level, PagedRows.criterion(text));
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

    public PagedRows<CarrierRow> getRows() {
        return rows;
    }

    public CarrierKind[] getKinds() {
        return CarrierKind.values();
    }

    public RecognitionLevel[] getLevels() {
        return RecognitionLevel.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public CarrierKind getKind() {
        return kind;
    }

    public void setKind(CarrierKind kind) {
        this.kind = kind;
    }

    public RecognitionLevel getLevel() {
        return level;
    }

    public void setLevel(RecognitionLevel level) {
        this.level = level;
    }

    public Long getCountyId() {
        return countyId;
    }

    public void setCountyId(Long countyId) {
        this.countyId = countyId;
    }
}
