package cn.kejiju.workbench.financing.pages;

import cn.kejiju.workbench.financing.ApplicationFile;
import cn.kejiju.workbench.financing.ApplicationService;
import cn.kejiju.workbench.financing.ApplicationStatus;
import cn.kejiju.workbench.financing.CounterGuaranteeKind;
import cn.kejiju.workbench.financing.FinancingApplication;
import cn.kejiju.workbench.financing.Guarantee;
import cn.kejiju.workbench.financing.GuaranteeStatus;
import cn.kejiju.workbench.financing.LimitCheck;
import cn.kejiju.workbench.financing.LimitKind;
import cn.kejiju.workbench.financing.Outcome;
import cn.kejiju.workbench.financing.Vote;
import cn.kejiju.workbench.financing.Yuan;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the application page shows, read when the page loads: the application, its opinions, files, guarantee
 * with counter-guarantees, and the limits as they stand. Amounts in 万元 for reading, yuan where exact.
 */
public class ApplicationView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A committee opinion. */
    public record OpinionRow(String member, Vote vote, String remark, LocalDate recordedOn) implements Serializable {
    }

    /** A due diligence file. */
    public record FileRow(long id, String fileName, String contentType, long size, String uploadedBy,
                          LocalDateTime uploadedAt) implements Serializable {
    }

    /** A counter-guarantee. */
    public record CounterRow(CounterGuaranteeKind kind, String description, BigDecimal value) implements Serializable {
    }

    /** A limit against the proposed guarantee, in 万元. */
    public record LimitRow(LimitKind kind, BigDecimal cap, BigDecimal used, BigDecimal requested, BigDecimal headroom,
                           BigDecimal shortfall, boolean passes) implements Serializable {

        static LimitRow of(LimitCheck c) {
            return new LimitRow(c.kind(), Yuan.wan(c.cap()), Yuan.wan(c.used()), Yuan.wan(c.requested()),
                    Yuan.wan(c.headroom()), Yuan.wan(c.shortfall()), c.passes());
        }
    }

    private final long id;
    private final long version;
    private final long enterpriseId;
    private final String enterprise;
    private final String county;
    private final String product;
    private final BigDecimal amount;
    private final int termMonths;
    private final String purpose;
    private final String bank;
    private final long guarantorId;
    private final String guarantor;
    private final ApplicationStatus status;
    private final LocalDate submittedOn;
    private final String notes;
    private final Outcome outcome;
    private final String reasons;
    private final String preparedBy;
    private final String decidedBy;
    private final List<OpinionRow> opinions;
    private final List<FileRow> files;
    private final GuaranteeStatus guaranteeStatus;
    private final String cooperation;
    private final BigDecimal guaranteeAmount;
    private final BigDecimal feeRate;
    private final BigDecimal annualFee;
    private final LocalDate guaranteeStart;
    private final LocalDate guaranteeEnd;
    private final List<CounterRow> counters;
    private final List<LimitRow> limits;

    ApplicationView(ApplicationService.ApplicationDetail detail, List<ApplicationFile> fileList, List<LimitCheck> checks) {
        FinancingApplication a = detail.application();
        this.id = a.getId();
        this.version = a.getVersion();
        this.enterpriseId = a.getEnterprise().getId();
        this.enterprise = a.getEnterprise().getName();
        this.county = a.getCounty().getName();
        this.product = a.getProduct().getName();
        this.amount = a.getAmount();
        this.termMonths = a.getTermMonths();
        this.purpose = a.getPurpose();
        this.bank = a.getBank().getName();
        this.guarantorId = a.getGuarantor().getId();
        this.guarantor = a.getGuarantor().getName();
        this.status = a.getStatus();
        this.submittedOn = a.getSubmittedOn();
        this.notes = a.diligenceNotes().orElse(null);
        this.outcome = a.outcome().orElse(null);
        this.reasons = a.reasons().orElse(null);
        this.preparedBy = a.preparedBy().orElse(null);
        this.decidedBy = a.decidedBy().orElse(null);
        this.opinions = a.getOpinions().stream().map(o -> new OpinionRow(o.getMember(), o.getVote(), o.getRemark(),
                o.getRecordedOn())).toList();
        this.files = fileList.stream().map(f -> new FileRow(f.getId(), f.getFileName(), f.getContentType(), f.getSize(),
                f.getUploadedBy(), f.getUploadedAt())).toList();
        Guarantee g = detail.guarantee();
        this.guaranteeStatus = g == null ? null : g.getStatus();
        this.cooperation = g == null ? null : g.getCooperation().getCounterparty().getName() + "（"
                + g.getCooperation().getValidFrom() + " – " + g.getCooperation().getValidTo() + "）";
        this.guaranteeAmount = g == null ? null : g.getAmount();
        this.feeRate = g == null ? null : g.getFeeRate().stripTrailingZeros();
        this.annualFee = g == null ? null : g.annualFee();
        this.guaranteeStart = g == null ? null : g.getStartDate();
        this.guaranteeEnd = g == null ? null : g.getEndDate();
        this.counters = g == null ? List.of() : g.getCounterGuarantees().stream()
                .map(c -> new CounterRow(c.getKind(), c.getDescription(), c.getValue())).toList();
        this.limits = checks.stream().map(LimitRow::of).toList();
    }

    public boolean isGuaranteed() {
        return guaranteeStatus != null;
    }

    public boolean isEditable() {
        return status == ApplicationStatus.SUBMITTED || status == ApplicationStatus.DUE_DILIGENCE;
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

    public String getProduct() {
        return product;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getAmountWan() {
        return Yuan.wan(amount);
    }

    public int getTermMonths() {
        return termMonths;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getBank() {
        return bank;
    }

    public long getGuarantorId() {
        return guarantorId;
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

    public String getNotes() {
        return notes;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getReasons() {
        return reasons;
    }

    public String getPreparedBy() {
        return preparedBy;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public List<OpinionRow> getOpinions() {
        return opinions;
    }

    public List<FileRow> getFiles() {
        return files;
    }

    public GuaranteeStatus getGuaranteeStatus() {
        return guaranteeStatus;
    }

    public String getCooperation() {
        return cooperation;
    }

    public BigDecimal getGuaranteeAmount() {
        return guaranteeAmount;
    }

    public BigDecimal getGuaranteeAmountWan() {
        return guaranteeAmount == null ? null : Yuan.wan(guaranteeAmount);
    }

    public BigDecimal getFeeRate() {
        return feeRate;
    }

    public BigDecimal getAnnualFee() {
        return annualFee;
    }

    public LocalDate getGuaranteeStart() {
        return guaranteeStart;
    }

    public LocalDate getGuaranteeEnd() {
        return guaranteeEnd;
    }

    public List<CounterRow> getCounters() {
        return counters;
    }

    public List<LimitRow> getLimits() {
        return limits;
    }
}
