package cn.kejiju.workbench.indicator.pages;

import cn.kejiju.workbench.indicator.Patent;
import cn.kejiju.workbench.indicator.PatentStatus;
import cn.kejiju.workbench.indicator.PatentType;

import java.io.Serializable;
import java.time.LocalDate;

/** A patent as the lists show it. */
public class PatentRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long enterpriseId;
    private final String enterprise;
    private final String county;
    private final String number;
    private final String title;
    private final PatentType type;
    private final LocalDate appliedOn;
    private final LocalDate grantedOn;
    private final PatentStatus status;

    public PatentRow(Patent p) {
        this.id = p.getId();
        this.enterpriseId = p.getEnterprise().getId();
        this.enterprise = p.getEnterprise().getName();
        this.county = p.getCounty().getName();
        this.number = p.getNumber();
        this.title = p.getTitle();
        this.type = p.getType();
        this.appliedOn = p.getAppliedOn();
        this.grantedOn = p.grantedOn().orElse(null);
        this.status = p.getStatus();
    }

    public long getId() {
        return id;
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

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public PatentType getType() {
        return type;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public LocalDate getGrantedOn() {
        return grantedOn;
    }

    public PatentStatus getStatus() {
        return status;
    }
}
