package cn.kejiju.workbench.summary;

import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The summary of one period for one county or the city: the head of its numbered versions. A version is saved
 * on top of the latest one the clerk read (else somebody saved in between: 409); a leader approves a version
 * prepared by somebody else (maker-checker), after which the summary is frozen: no version is added.
 */
@Entity
@Table(name = "sum_summary")
public class WorkSummary implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String CITY = "CITY";

    @Id
    @SequenceGenerator(name = "sum_summary_seq", sequenceName = "sum_summary_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sum_summary_seq")
    private Long id;

    @Version
    private long version;

    /** The county's id, null for the city. */
    @Column(name = "county_id")
    private Long countyId;

    /** The county's id as text or {@link #CITY}: one summary per period and jurisdiction. */
    @Column(name = "jurisdiction_key", nullable = false, length = 20)
    private String jurisdictionKey;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false, length = 12)
    private SummaryPeriod.Kind periodKind;

    @Column(name = "latest_number", nullable = false)
    private int latestNumber;

    @Column(name = "approved_number")
    private Integer approvedNumber;

    @Column(name = "approved_by", length = 60)
    private String approvedBy;

    @Column(name = "approved_at")
    private LocalDateTime approvedAt;

    protected WorkSummary() {
    }

    public WorkSummary(SummaryPeriod period, Long countyId) {
        Objects.requireNonNull(period, "period");
        this.countyId = countyId;
        this.jurisdictionKey = keyOf(countyId);
        this.periodFrom = period.from();
        this.periodTo = period.to();
        this.periodKind = period.kind();
    }

    public static String keyOf(Long countyId) {
        return countyId == null ? CITY : String.valueOf(countyId);
    }

    /**
     * A new version on top of {@code basedOn} (0 for the first): refused when the summary is approved or when
     * a later version was saved meanwhile.
     */
    public SummaryVersion addVersion(int basedOn, Narrative narrative, String sections, String by, LocalDateTime at) {
        if (isApproved()) {
            throw new ConflictException("summary.version.frozen", "basedOn");
        }
        if (basedOn != latestNumber) {
            throw new ConflictException("summary.version.stale", "basedOn");
        }
        latestNumber++;
        return new SummaryVersion(id, latestNumber, narrative, sections, by, at);
    }

    /** Approves one of its versions; whoever prepared it cannot. The summary is frozen from then on. */
    public void approve(SummaryVersion chosen, String by, LocalDateTime at) {
        if (!Objects.equals(chosen.getSummaryId(), id)) {
            throw new IllegalArgumentException("version " + chosen.getId() + " of another summary");
        }
        if (isApproved()) {
            throw new ConflictException("summary.version.frozen", "number");
        }
        if (chosen.getPreparedBy().equals(by)) {
            throw new RuleViolationException("summary.version.makerChecker", "number");
        }
        this.approvedNumber = chosen.getNumber();
        this.approvedBy = Objects.requireNonNull(by, "by");
        this.approvedAt = Objects.requireNonNull(at, "at");
    }

    public boolean isApproved() {
        return approvedNumber != null;
    }

    public SummaryPeriod period() {
        return new SummaryPeriod(periodFrom, periodTo, periodKind);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getCountyId() {
        return countyId;
    }

    public int getLatestNumber() {
        return latestNumber;
    }

    public Integer getApprovedNumber() {
        return approvedNumber;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public LocalDateTime getApprovedAt() {
        return approvedAt;
    }
}
