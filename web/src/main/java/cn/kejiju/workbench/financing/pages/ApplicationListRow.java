package cn.kejiju.workbench.financing.pages;

import cn.kejiju.workbench.financing.ApplicationStatus;
import cn.kejiju.workbench.financing.FinancingApplication;
import cn.kejiju.workbench.financing.Yuan;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of the application list: what it shows, read while the application was loaded. */
public class ApplicationListRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String enterprise;
    private final String county;
    private final String product;
    private final BigDecimal amountWan;
    private final int termMonths;
    private final String bank;
    private final String guarantor;
    private final ApplicationStatus status;
    private final LocalDate submittedOn;

    ApplicationListRow(FinancingApplication a) {
        this.id = a.getId();
        this.enterprise = a.getEnterprise().getName();
        this.county = a.getCounty().getName();
        this.product = a.getProduct().getName();
        this.amountWan = Yuan.wan(a.getAmount());
        this.termMonths = a.getTermMonths();
        this.bank = a.getBank().getName();
        this.guarantor = a.getGuarantor().getName();
        this.status = a.getStatus();
        this.submittedOn = a.getSubmittedOn();
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

    public String getProduct() {
        return product;
    }

    public BigDecimal getAmountWan() {
        return amountWan;
    }

    public int getTermMonths() {
        return termMonths;
    }

    public String getBank() {
        return bank;
    }

    public String getGuarantor() {
        return guarantor;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }
}
