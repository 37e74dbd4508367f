package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.incubator.Agreement;
import cn.kejiju.workbench.incubator.AgreementStatus;
import cn.kejiju.workbench.incubator.Letting;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Collectors;

/** An agreement as its list shows it. */
public final class AgreementRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String enterprise;
    private final String county;
    private final String carrier;
    private final String units;
    private final LocalDate startDate;
    private final LocalDate endDate;
    private final BigDecimal monthlyRent;
    private final AgreementStatus status;

    AgreementRow(Agreement a) {
        this.id = a.getId();
        this.enterprise = a.getIncubatee().getEnterprise().getName();
        this.county = a.getCounty().getName();
        this.carrier = a.getIncubatee().getCarrier().getName();
        this.units = a.getLettings().stream().map(Letting::getUnit)
                .map(u -> u.getBuilding() + " " + u.getRoomCode()).collect(Collectors.joining("、"));
        this.startDate = a.getStartDate();
        this.endDate = a.getEndDate();
        this.monthlyRent = a.getMonthlyRent();
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

    public String getUnits() {
        return units;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public BigDecimal getMonthlyRent() {
        return monthlyRent;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public boolean isActive() {
        return status.isCurrent();
    }
}
