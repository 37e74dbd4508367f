package cn.kejiju.workbench.financing.pages;

import cn.kejiju.workbench.financing.Loan;
import cn.kejiju.workbench.financing.LoanClass;
import cn.kejiju.workbench.financing.LoanStanding;
import cn.kejiju.workbench.financing.LoanStatus;
import cn.kejiju.workbench.financing.Yuan;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of the loan list: what it shows, read while the loan was loaded, with how it stands today. */
public class LoanListRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String enterprise;
    private final String county;
    private final String bank;
    private final String guarantor;
    private final BigDecimal principalWan;
    private final LocalDate disbursedOn;
    private final LocalDate maturity;
    private final LoanStatus status;
    private final BigDecimal outstanding;
    private final long daysPastDue;
    private final LoanClass classification;
    private final LocalDate nextDueOn;

    LoanListRow(Loan l, LoanStanding s) {
        this.id = l.getId();
        this.enterprise = l.getEnterprise().getName();
        this.county = l.getCounty().getName();
        this.bank = l.getBank().getName();
        this.guarantor = l.getGuarantor().getName();
        this.principalWan = Yuan.wan(l.getPrincipal());
        this.disbursedOn = l.getDisbursedOn();
        this.maturity = l.getMaturity();
        this.status = l.getStatus();
        this.outstanding = s.outstanding();
        this.daysPastDue = s.daysPastDue();
        this.classification = s.classification();
        this.nextDueOn = s.nextDueOn();
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

    public String getBank() {
        return bank;
    }

    public String getGuarantor() {
        return guarantor;
    }

    public BigDecimal getPrincipalWan() {
        return principalWan;
    }

    public LocalDate getDisbursedOn() {
        return disbursedOn;
    }

    public LocalDate getMaturity() {
        return maturity;
    }

    public LoanStatus getStatus() {
        return status;
    }

    public BigDecimal getOutstanding() {
        return outstanding;
    }

    public long getDaysPastDue() {
        return daysPastDue;
    }

    public LoanClass getClassification() {
        return classification;
    }

    public LocalDate getNextDueOn() {
        return nextDueOn;
    }
}
