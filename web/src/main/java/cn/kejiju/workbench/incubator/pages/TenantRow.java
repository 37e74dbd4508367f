package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.incubator.ExitReason;
import cn.kejiju.workbench.incubator.GraduationReason;
import cn.kejiju.workbench.incubator.Incubatee;
import cn.kejiju.workbench.incubator.TenantStanding;
import cn.kejiju.workbench.incubator.YearFigures;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** A tenant (在孵企业) as the graduation list, its page and the enterprise panel show it. */
public final class TenantRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long version;
    private final long enterpriseId;
    private final String enterprise;
    private final String county;
    private final long carrierId;
    private final String carrier;
    private final LocalDate enteredOn;
    private final LocalDate exitedOn;
    private final ExitReason exitReason;
    private final String graduatedBy;
    private final boolean eligible;
    private final List<String> reasons;
    private final List<Year> figures;

    TenantRow(TenantStanding s, Function<GraduationReason, String> texts) {
        Incubatee i = s.incubatee();
        this.id = i.getId();
        this.version = i.getVersion();
        this.enterpriseId = i.getEnterprise().getId();
        this.enterprise = i.getEnterprise().getName();
        this.county = i.getCounty().getName();
        this.carrierId = i.getCarrier().getId();
        this.carrier = i.getCarrier().getName();
        this.enteredOn = i.getEnteredOn();
        this.exitedOn = i.exitedOn().orElse(null);
        this.exitReason = i.exitReason().orElse(null);
        this.graduatedBy = i.graduatedBy().orElse(null);
        this.eligible = s.eligible();
        this.reasons = s.reasons().stream().map(texts).toList();
        this.figures = s.figures().stream().map(Year::new).toList();
    }

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getEnterpriseId() {
        return enterpriseId;
    }

    public String getEnterprise() {
        return enterprise;
    }

    public String getCounty() {
        return county;
    }

    public long getCarrierId() {
        return carrierId;
    }

    public String getCarrier() {
        return carrier;
    }

    public LocalDate getEnteredOn() {
        return enteredOn;
    }

    public LocalDate getExitedOn() {
        return exitedOn;
    }

    public ExitReason getExitReason() {
        return exitReason;
    }

    public boolean isIncubating() {
        return exitedOn == null;
    }

    public boolean isGraduated() {
        return exitReason == ExitReason.GRADUATED;
    }

    public String getGraduatedBy() {
        return graduatedBy;
    }

    public boolean isEligible() {
        return eligible;
    }

    public List<String> getReasons() {
        return reasons;
    }

    /** The reasons in one line, for the Excel export. */
    public String getReasonsText() {
        return String.join("；", reasons);
    }

    public List<Year> getFigures() {
        return figures;
    }

    /** One year's figures. */
    public static final class Year implements Serializable {

        private static final long serialVersionUID = 1L;

        private final int year;
        private final long version;
        private final BigDecimal revenue;
        private final BigDecimal investment;
        private final int employees;
        private final int patentsApplied;
        private final int patentsGranted;

        Year(YearFigures f) {
            this.year = f.getYear();
            this.version = f.getVersion();
            this.revenue = f.getRevenue();
            this.investment = f.getInvestment();
            this.employees = f.getEmployees();
            this.patentsApplied = f.getPatentsApplied();
            this.patentsGranted = f.getPatentsGranted();
        }

        public int getYear() {
            return year;
        }

        public long getVersion() {
            return version;
        }

        public BigDecimal getRevenue() {
            return revenue;
        }

        public BigDecimal getInvestment() {
            return investment;
        }

        public int getEmployees() {
            return employees;
        }

        public int getPatentsApplied() {
            return patentsApplied;
        }

        public int getPatentsGranted() {
            return patentsGranted;
        }
    }
}
