package cn.kejiju.workbench.financing.pages;

import cn.kejiju.workbench.financing.Compensation;
import cn.kejiju.workbench.financing.CompensationStatus;
import cn.kejiju.workbench.financing.Instalment;
import cn.kejiju.workbench.financing.Loan;
import cn.kejiju.workbench.financing.LoanClass;
import cn.kejiju.workbench.financing.LoanDetail;
import cn.kejiju.workbench.financing.LoanStanding;
import cn.kejiju.workbench.financing.LoanStatus;
import cn.kejiju.workbench.financing.Repayment;
import cn.kejiju.workbench.financing.ScheduleMethod;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A loan as its page shows it: read while the loan was loaded, kept with the view. */
public class LoanView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A line of the instalment table. */
    public record Line(int number, LocalDate dueOn, BigDecimal principal, BigDecimal interest, BigDecimal total,
                       BigDecimal paid, BigDecimal owed, LocalDate settledOn, boolean overdue) implements Serializable {
    }

    /** A repayment. */
    public record Paid(LocalDate paidOn, BigDecimal amount, BigDecimal interest, BigDecimal principal, long daysLate,
                       boolean early, String recordedBy) implements Serializable {
    }

    /** A recovery. */
    public record Recovered(LocalDate recoveredOn, BigDecimal amount, String recordedBy) implements Serializable {
    }

    private final long id;
    private final long applicationId;
    private final String enterprise;
    private final String county;
    private final String bank;
    private final String guarantor;
    private final BigDecimal principal;
    private final BigDecimal annualRate;
    private final LocalDate disbursedOn;
    private final LocalDate maturity;
    private final int termMonths;
    private final ScheduleMethod method;
    private final LoanStatus status;
    private final LoanStanding standing;
    /** The most a repayment takes today (it repays the loan), while the loan is active. */
    private final BigDecimal payableToday;
    private final List<Line> schedule;
    private final BigDecimal scheduledPrincipal;
    private final BigDecimal scheduledInterest;
    private final List<Paid> repayments;
    private final boolean compensated;
    private final long compensationVersion;
    private final BigDecimal compensation;
    private final LocalDate compensatedOn;
    private final BigDecimal recovered;
    private final BigDecimal writtenOff;
    private final BigDecimal compensationOutstanding;
    private final CompensationStatus compensationStatus;
    private final BigDecimal writeOffAmount;
    private final String writeOffReasons;
    private final String writeOffPreparedBy;
    private final String writeOffDecidedBy;
    private final List<Recovered> recoveries;

    LoanView(LoanDetail detail) {
        Loan l = detail.loan();
        this.payableToday = l.getStatus() == LoanStatus.ACTIVE ? l.payable(detail.standing().on()) : null;
        this.id = l.getId();
        this.applicationId = l.getApplication().getId();
        this.enterprise = l.getEnterprise().getName();
        this.county = l.getCounty().getName();
        this.bank = l.getBank().getName();
        this.guarantor = l.getGuarantor().getName();
        this.principal = l.getPrincipal();
        this.annualRate = l.getAnnualRate().stripTrailingZeros();
        this.disbursedOn = l.getDisbursedOn();
        this.maturity = l.getMaturity();
        this.termMonths = l.getTermMonths();
        this.method = l.getMethod();
        this.status = l.getStatus();
        this.standing = detail.standing();
        List<Instalment> instalments = l.getInstalments();
        this.schedule = instalments.stream().map(i -> new Line(i.getNumber(), i.getDueOn(), i.getPrincipalDue(),
                i.getInterestDue(), i.total(), i.getPrincipalPaid().add(i.getInterestPaid()), i.owed(),
                i.settledOn().orElse(null), i.overdueOn(standing.on()))).toList();
        this.scheduledPrincipal = instalments.stream().map(Instalment::getPrincipalDue).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.scheduledInterest = instalments.stream().map(Instalment::getInterestDue).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.repayments = detail.repayments().stream().map(LoanView::paid).toList();
        Compensation c = detail.compensation();
        this.compensated = c != null;
        this.compensationVersion = c == null ? 0 : c.getVersion();
        this.compensation = c == null ? null : c.getAmount();
        this.compensatedOn = c == null ? null : c.getPaidOn();
        this.recovered = c == null ? null : c.getRecovered();
        this.writtenOff = c == null ? null : c.getWrittenOff();
        this.compensationOutstanding = c == null ? null : c.outstanding();
        this.compensationStatus = c == null ? null : c.getStatus();
        this.writeOffAmount = c == null ? null : c.writeOffAmount().orElse(null);
        this.writeOffReasons = c == null ? null : c.writeOffReasons().orElse(null);
        this.writeOffPreparedBy = c == null ? null : c.preparedBy().orElse(null);
        this.writeOffDecidedBy = c == null ? null : c.decidedBy().orElse(null);
        this.recoveries = detail.recoveries().stream()
                .map(r -> new Recovered(r.getRecoveredOn(), r.getAmount(), r.getRecordedBy())).toList();
    }

    private static Paid paid(Repayment r) {
        return new Paid(r.getPaidOn(), r.getAmount(), r.getInterestPart(), r.getPrincipalPart(), r.getDaysLate(),
                r.isEarly(), r.getRecordedBy());
    }

    public long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
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

    public BigDecimal getPrincipal() {
        return principal;
    }

    public BigDecimal getAnnualRate() {
        return annualRate;
    }

    public LocalDate getDisbursedOn() {
        return disbursedOn;
    }

    public LocalDate getMaturity() {
        return maturity;
    }

    public int getTermMonths() {
        return termMonths;
    }

    public ScheduleMethod getMethod() {
        return method;
    }

    public LoanStatus getStatus() {
        return status;
    }

    public BigDecimal getOutstanding() {
        return standing.outstanding();
    }

    public BigDecimal getPrincipalOutstanding() {
        return standing.principalOutstanding();
    }

    public BigDecimal getOverdue() {
        return standing.overdue();
    }

    public long getDaysPastDue() {
        return standing.daysPastDue();
    }

    public LoanClass getClassification() {
        return standing.classification();
    }

    public LocalDate getNextDueOn() {
        return standing.nextDueOn();
    }

    public BigDecimal getPayableToday() {
        return payableToday;
    }

    public BigDecimal getNextDueAmount() {
        return standing.nextDueAmount();
    }

    public List<Line> getSchedule() {
        return schedule;
    }

    public BigDecimal getScheduledPrincipal() {
        return scheduledPrincipal;
    }

    public BigDecimal getScheduledInterest() {
        return scheduledInterest;
    }

    public List<Paid> getRepayments() {
        return repayments;
    }

    public boolean isCompensated() {
        return compensated;
    }

    public long getCompensationVersion() {
        return compensationVersion;
    }

    public BigDecimal getCompensation() {
        return compensation;
    }

    public LocalDate getCompensatedOn() {
        return compensatedOn;
    }

    public BigDecimal getRecovered() {
        return recovered;
    }

    public BigDecimal getWrittenOff() {
        return writtenOff;
    }

    public BigDecimal getCompensationOutstanding() {
        return compensationOutstanding;
    }

    public CompensationStatus getCompensationStatus() {
        return compensationStatus;
    }

    public BigDecimal getWriteOffAmount() {
        return writeOffAmount;
    }

    public String getWriteOffReasons() {
        return writeOffReasons;
    }

    public String getWriteOffPreparedBy() {
        return writeOffPreparedBy;
    }

    public String getWriteOffDecidedBy() {
        return writeOffDecidedBy;
    }

    public List<Recovered> getRecoveries() {
        return recoveries;
    }
}
