package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.incubator.Agreement;
import cn.kejiju.workbench.incubator.AgreementStatus;
import cn.kejiju.workbench.incubator.ExitReason;
import cn.kejiju.workbench.incubator.Incubatee;
import cn.kejiju.workbench.incubator.Letting;
import cn.kejiju.workbench.incubator.ReliefStep;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An agreement as its page shows it. */
public final class AgreementView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long version;
    private final String enterprise;
    private final long enterpriseId;
    private final String carrier;
    private final long carrierId;
    private final String county;
    private final LocalDate enteredOn;
    private final List<LetUnit> units;
    private final LocalDate startDate;
    private final LocalDate endDate;
    private final BigDecimal deposit;
    private final BigDecimal monthlyRent;
    private final BigDecimal totalRent;
    private final List<String> relief;
    private final AgreementStatus status;
    private final Long predecessorId;
    private final LocalDate exitedOn;
    private final ExitReason exitReason;
    private final String exitNote;

    AgreementView(Agreement a) {
        Incubatee i = a.getIncubatee();
        this.id = a.getId();
        this.version = a.getVersion();
        this.enterprise = i.getEnterprise().getName();
        this.enterpriseId = i.getEnterprise().getId();
        this.carrier = i.getCarrier().getName();
        this.carrierId = i.getCarrier().getId();
        this.county = a.getCounty().getName();
        this.enteredOn = i.getEnteredOn();
        this.units = a.getLettings().stream().map(LetUnit::new).toList();
        this.startDate = a.getStartDate();
        this.endDate = a.getEndDate();
        this.deposit = a.getDeposit();
        this.monthlyRent = a.getMonthlyRent();
        this.totalRent = a.totalRent();
        this.relief = a.reliefSchedule().steps().stream().map(ReliefStep::toString).toList();
        this.status = a.getStatus();
        this.predecessorId = a.predecessorId().orElse(null);
        this.exitedOn = i.exitedOn().orElse(null);
        this.exitReason = i.exitReason().orElse(null);
        this.exitNote = i.exitNote().orElse(null);
    }

    /** A unit let under the agreement. */
    public static final class LetUnit implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String label;
        private final BigDecimal area;
        private final BigDecimal rate;
        private final LocalDate startDate;
        private final LocalDate endDate;

        LetUnit(Letting l) {
            this.label = l.getUnit().getBuilding() + " " + l.getUnit().getRoomCode();
            this.area = l.getArea().squareMetres();
            this.rate = l.getRate();
            this.startDate = l.getStartDate();
            this.endDate = l.getEndDate();
        }

        public String getLabel() {
            return label;
        }

        public BigDecimal getArea() {
            return area;
        }

        public BigDecimal getRate() {
            return rate;
        }

        public LocalDate getStartDate() {
            return startDate;
        }

        public LocalDate getEndDate() {
            return endDate;
        }
    }

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getEnterprise() {
        return enterprise;
    }

    public long getEnterpriseId() {
        return enterpriseId;
    }

    public String getCarrier() {
        return carrier;
    }

    public long getCarrierId() {
        return carrierId;
    }

    public String getCounty() {
        return county;
    }

    public LocalDate getEnteredOn() {
        return enteredOn;
    }

    public List<LetUnit> getUnits() {
        return units;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public BigDecimal getDeposit() {
        return deposit;
    }

    public BigDecimal getMonthlyRent() {
        return monthlyRent;
    }

    public BigDecimal getTotalRent() {
        return totalRent;
    }

    public List<String> getRelief() {
        return relief;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public boolean isActive() {
        return status.isCurrent();
    }

    public Long getPredecessorId() {
        return predecessorId;
    }

    public LocalDate getExitedOn() {
        return exitedOn;
    }

    public ExitReason getExitReason() {
        return exitReason;
    }

    public String getExitNote() {
        return exitNote;
    }
}
