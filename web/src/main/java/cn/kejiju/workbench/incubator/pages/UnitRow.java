package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.incubator.Unit;
import cn.kejiju.workbench.incubator.UnitDraft;
import cn.kejiju.workbench.incubator.UnitKind;
import cn.kejiju.workbench.incubator.UnitStatus;

import java.io.Serializable;
import java.math.BigDecimal;

/** A unit as the carrier's record lists it, with what its dialog needs to revise it. */
public final class UnitRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long version;
    private final String building;
    private final int floor;
    private final String roomCode;
    private final UnitKind kind;
    private final BigDecimal area;
    private final BigDecimal listRent;
    private final BigDecimal monthlyListRent;
    private final UnitStatus status;

    UnitRow(Unit unit) {
        this.id = unit.getId();
        this.version = unit.getVersion();
        this.building = unit.getBuilding();
        this.floor = unit.getFloor();
        this.roomCode = unit.getRoomCode();
        this.kind = unit.getKind();
        this.area = unit.getArea().squareMetres();
        this.listRent = unit.getListRent();
        this.monthlyListRent = unit.monthlyListRent();
        this.status = unit.getStatus();
    }

    UnitDraft toDraft() {
        return new UnitDraft(building, floor, roomCode, kind, area, listRent, status);
    }

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getBuilding() {
        return building;
    }

    public int getFloor() {
        return floor;
    }

    public String getRoomCode() {
        return roomCode;
    }

    public UnitKind getKind() {
        return kind;
    }

    public BigDecimal getArea() {
        return area;
    }

    public BigDecimal getListRent() {
        return listRent;
    }

    public BigDecimal getMonthlyListRent() {
        return monthlyListRent;
    }

    public UnitStatus getStatus() {
        return status;
    }

    public boolean isInService() {
        return status == UnitStatus.IN_SERVICE;
    }
}
