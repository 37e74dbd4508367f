package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.incubator.EntryApplication;
import cn.kejiju.workbench.incubator.EntryStatus;
import cn.kejiju.workbench.incubator.UnitKind;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An entry application as its list shows it. */
public final class EntryRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String enterprise;
    private final String county;
    private final String carrier;
    private final UnitKind unitKind;
    private final BigDecimal area;
    private final String technologyField;
    private final LocalDate appliedOn;
    private final EntryStatus status;

    EntryRow(EntryApplication a) {
        this.id = a.getId();
        this.enterprise = a.getEnterprise().getName();
        this.county = a.getCounty().getName();
        this.carrier = a.getCarrier().getName();
        this.unitKind = a.getUnitKind();
        this.area = a.getArea();
        this.technologyField = a.getTechnologyField();
        this.appliedOn = a.getAppliedOn();
        this.status = a.getStatus();
    }

    public long getId() {
        return id;
    }

    public String getEnterprise() {
        return enterprise;
    }

    public String getCounty() {
        return county;
    }

    public String getCarrier() {
        return carrier;
    }

    public UnitKind getUnitKind() {
        return unitKind;
    }

    public BigDecimal getArea() {
        return area;
    }

    public String getTechnologyField() {
        return technologyField;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public EntryStatus getStatus() {
        return status;
    }

    public boolean isReviewed() {
        return status == EntryStatus.REVIEWED;
    }
}
