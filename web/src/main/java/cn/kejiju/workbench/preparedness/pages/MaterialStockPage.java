package cn.kejiju.workbench.preparedness.pages;

import cn.kejiju.workbench.jurisdiction.JurisdictionService;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.preparedness.MaterialKind;
import cn.kejiju.workbench.preparedness.MaterialService;
import cn.kejiju.workbench.preparedness.MaterialStock;
import cn.kejiju.workbench.shared.DomainException;
import jakarta.ejb.EJBException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The stocks of publicity material ({@code preparedness/materials.xhtml}) by county and kind, with the
 * receipt form of the preparedness clerk; city users see the county column and may choose one county.
 */
@Named
@ViewScoped
public class MaterialStockPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "receiptForm";

    private static final Set<String> FIELDS = Set.of("countyId", "kind", "quantity", "receivedOn", "note");

    @Inject
    MaterialService materialService;

    @Inject
    JurisdictionService jurisdictionService;

    @Inject
    PageMessages messages;

    private Long countyId;
    private Counties counties;
    private transient List<StockRow> rows;

    private Long receiptCountyId;
    private MaterialKind kind;
    private Integer quantity;
    private LocalDate receivedOn;
    private String note;

    /** A stock as a row: county, kind, in store, out on loan. */
    public record StockRow(String county, MaterialKind kind, long onHand, long lent) implements Serializable {

        StockRow(MaterialStock s) {
            this(s.getCounty().getName(), s.getKind(), s.getOnHand(), s.getLent());
        }

        public boolean isReusable() {
            return kind.reusable();
        }
    }

    public void search() {
        rows = null;
    }

    public void receive() {
        try {
            Long county = receiptCountyId != null ? receiptCountyId : counties().own();
            materialService.receive(county, kind, quantity == null ? 0 : quantity, receivedOn, note);
            Texts.info(false, "materials.received", Texts.text("material." + kind.name()), quantity);
            quantity = null;
            note = null;
            rows = null;
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, FORM, FIELDS);
        }
    }

    public List<StockRow> getRows() {
        if (rows == null) {
            rows = materialService.stocks(countyId).stream().map(StockRow::new).toList();
        }
        return rows;
    }

    private Counties counties() {
        if (counties == null) {
            counties = Counties.of(jurisdictionService);
        }
        return counties;
    }

    public boolean isCityUser() {
        return counties().cityUser();
    }

    public List<SelectItem> getCounties() {
        return counties().items();
    }

    public MaterialKind[] getKinds() {
        return MaterialKind.values();
    }

    public Long getCountyId() {
        return countyId;
    }

    public void setCountyId(Long countyId) {
        this.countyId = countyId;
    }

    public Long getReceiptCountyId() {
        return receiptCountyId;
    }

    public void setReceiptCountyId(Long receiptCountyId) {
        this.receiptCountyId = receiptCountyId;
    }

    public MaterialKind getKind() {
        return kind;
    }

    public void setKind(MaterialKind kind) {
        this.kind = kind;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
