package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.incubator.CarrierService;
import cn.kejiju.workbench.incubator.Unit;
import cn.kejiju.workbench.incubator.UnitDraft;
import cn.kejiju.workbench.incubator.UnitKind;
import cn.kejiju.workbench.incubator.UnitStatus;
import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.platform.PagedRows;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Set;

/**
 * A carrier's record ({@code incubator/carrier.xhtml?id=…}): its description, number of units and total
 * area, and its units by building, floor and room; the incubator clerk adds and revises units in a dialog,
 * a refused rule shown next to its field.
 */
@Named
@ViewScoped
public class CarrierDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String UNIT_FORM = "unitForm";
    private static final Set<String> UNIT_FIELDS = Set.of("building", "floor", "roomCode", "kind", "area",
            "listRent", "status");

    @Inject
    CarrierService carrierService;

    @Inject
    PageMessages messages;

    private Long id;
    private CarrierRow carrier;
    private Long unitId;
    private Long unitVersion;
    private UnitForm unitForm = new UnitForm();

    private final PagedRows<UnitRow> units = PagedRows.of(UnitRow::getId,
            request -> carrierService.units(id, request).map(UnitRow::new),
            () -> carrier == null ? 0 : carrier.getUnits()).unsorted();

    public void load() {
        if (id == null) {
            IdParameter.notFound();
            return;
        }
        try {
            carrier = new CarrierRow(carrierService.summary(id));
        } catch (NotFoundException e) {
            IdParameter.notFound();
        }
    }

    /** Opens the dialog for a new unit. */
    public void newUnit() {
        unitId = null;
        unitVersion = null;
        unitForm = new UnitForm();
    }

    /** Opens the dialog for a shown unit. */
    public void editUnit(UnitRow unit) {
        unitId = unit.getId();
        unitVersion = unit.getVersion();
        unitForm = UnitForm.of(unit.toDraft());
    }

    public void saveUnit() {
        try {
            Unit saved = unitId == null
                    ? carrierService.addUnit(id, unitForm.toDraft())
                    : carrierService.reviseUnit(id, unitId, unitVersion, unitForm.toDraft());
            carrier = new CarrierRow(carrierService.summary(id));
            messages.info("incubator.unit.saved", saved.getBuilding(), saved.getRoomCode());
            PrimeFaces.current().executeScript("PF('unitDialog').hide()");
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, UNIT_FORM, UNIT_FIELDS);
        }
    }

    public String getId() {
        return id == null ? null : id.toString();
    }

    public void setId(String text) {
        id = IdParameter.parse(text);
    }

    /** The carrier shown, or null when the address names none the caller sees. */
    public CarrierRow getCarrier() {
        return carrier;
    }

    public PagedRows<UnitRow> getUnits() {
        return units;
    }

    public boolean isEditingUnit() {
        return unitId != null;
    }

    public UnitForm getUnitForm() {
        return unitForm;
    }

    public UnitKind[] getUnitKinds() {
        return UnitKind.values();
    }

    public UnitStatus[] getUnitStatuses() {
        return UnitStatus.values();
    }

    /** What the clerk types for a unit. */
    public static final class UnitForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String building;
        private Integer floor;
        private String roomCode;
        private UnitKind kind;
        private BigDecimal area;
        private BigDecimal listRent;
        private UnitStatus status = UnitStatus.IN_SERVICE;

        static UnitForm of(UnitDraft draft) {
            UnitForm form = new UnitForm();
            form.building = draft.building();
            form.floor = draft.floor();
            form.roomCode = draft.roomCode();
            form.kind = draft.kind();
            form.area = draft.area();
            form.listRent = draft.listRent();
            form.status = draft.status();
            return form;
        }

        UnitDraft toDraft() {
            return new UnitDraft(building, floor, roomCode, kind, area, listRent, status);
        }

        public String getBuilding() {
            return building;
        }

        public void setBuilding(String building) {
            this.building = building;
        }

        public Integer getFloor() {
            return floor;
        }

        public void setFloor(Integer floor) {
            this.floor = floor;
        }

        public String getRoomCode() {
            return roomCode;
        }

        public void setRoomCode(String roomCode) {
            this.roomCode = roomCode;
        }

        public UnitKind getKind() {
            return kind;
        }

        public void setKind(UnitKind kind) {
            this.kind = kind;
        }

        public BigDecimal getArea() {
            return area;
        }

        public void setArea(BigDecimal area) {
            this.area = area;
        }

        public BigDecimal getListRent() {
            return listRent;
        }

        public void setListRent(BigDecimal listRent) {
            this.listRent = listRent;
        }

        public UnitStatus getStatus() {
            return status;
        }

        public void setStatus(UnitStatus status) {
            this.status = status;
        }
    }
}
