package cn.kejiju.workbench.indicator.pages;

import cn.kejiju.workbench.enterprise.HighTechCertificate;
import cn.kejiju.workbench.indicator.HighTechCase;
import cn.kejiju.workbench.indicator.HighTechStage;
import cn.kejiju.workbench.indicator.HighTechValidity;

import java.io.Serializable;
import java.time.LocalDate;

/** A high-tech case as the list and the enterprise's page show it, with the certificate master data holds. */
public class HighTechRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long version;
    private final long enterpriseId;
    private final String enterprise;
    private final String county;
    private final HighTechStage stage;
    private final LocalDate enteredOn;
    private final String note;
    private final Integer applicationYear;
    private final LocalDate submittedOn;
    private final String failureReason;
    private final String certificateNo;
    private final LocalDate validUntil;
    private final HighTechValidity.State state;

    public HighTechRow(HighTechCase c, LocalDate today) {
        this.id = c.getId();
        this.version = c.getVersion();
        this.enterpriseId = c.getEnterprise().getId();
        this.enterprise = c.getEnterprise().getName();
        this.county = c.getCounty().getName();
        this.stage = c.getStage();
        this.enteredOn = c.getEnteredOn();
        this.note = c.getNote();
        this.applicationYear = c.applicationYear().orElse(null);
        this.submittedOn = c.submittedOn().orElse(null);
        this.failureReason = c.failureReason().orElse(null);
        HighTechCertificate held = c.getEnterprise().highTech().orElse(null);
        this.certificateNo = held == null ? null : held.number();
        this.validUntil = held == null ? null : held.validUntil();
        this.state = held == null ? null : HighTechValidity.on(held.validUntil(), today);
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

    public HighTechStage getStage() {
        return stage;
    }

    public LocalDate getEnteredOn() {
        return enteredOn;
    }

    public String getNote() {
        return note;
    }

    public Integer getApplicationYear() {
        return applicationYear;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public HighTechValidity.State getState() {
        return state;
    }
}
