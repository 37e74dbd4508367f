package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * An entry application (入孵申请): an enterprise asks a carrier for a kind and area of unit. The clerk
 * prepares and submits it (the entry rule is checked against the day of submission), assigns reviewers,
 * and once they have all scored or declined (at least one scored) a leader approves it or rejects it with
 * a reason. An approved application is let by a tenancy agreement that records it.
 */
@Entity
@Table(name = "entry_application")
public class EntryApplication {

    public static final int SUMMARY_MAX = 2000;
    public static final int FIELD_MAX = 40;
    public static final int REASON_MAX = 500;
    /** The review subject kind of entry applications. */
    public static final String REVIEW_KIND = "INCUBATOR_ENTRY";

    @Id
    @SequenceGenerator(name = "entry_application_seq", sequenceName = "entry_application_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entry_application_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id", nullable = false)
    private Jurisdiction county;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "carrier_id", nullable = false)
    private Carrier carrier;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false)
    private Enterprise enterprise;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_kind", nullable = false, length = 12)
    private UnitKind unitKind;

    @Column(name = "area_m2", nullable = false, precision = 12, scale = Area.SCALE)
    private BigDecimal area;

    @Size(max = SUMMARY_MAX)
    @Column(name = "business_summary", nullable = false, length = SUMMARY_MAX)
    private String businessSummary;

    @Size(max = FIELD_MAX)
    @Column(name = "technology_field", nullable = false, length = FIELD_MAX)
    private String technologyField;

    @Column(name = "founded_on", nullable = false)
    private LocalDate foundedOn;

    @Column(name = "applied_on")
    private LocalDate appliedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private EntryStatus status;

    @Column(name = "review_id")
    private Long reviewId;

    @Size(max = REASON_MAX)
    @Column(name = "decision_reason", length = REASON_MAX)
    private String decisionReason;

    @Column(name = "decided_by", length = 50)
    private String decidedBy;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected EntryApplication() {
        // for JPA
    }

    /** A draft for an enterprise of the carrier's county; the rule is checked against {@code today}. */
    public EntryApplication(Carrier carrier, Enterprise enterprise, EntryDetails details, EntryRule rule,
                            Clock clock) {
        if (carrier == null || enterprise == null) {
            throw new RuleViolationException("field.required", carrier == null ? "carrierId" : "enterpriseId");
        }
        if (enterprise.getCounty() == null || !carrier.getCounty().getId().equals(enterprise.getCounty().getId())) {
            throw new RuleViolationException("incubator.entry.otherCounty", "enterpriseId", enterprise.getName(),
                    carrier.getName());
        }
        this.carrier = carrier;
        this.enterprise = enterprise;
        this.county = carrier.getCounty();
        this.status = EntryStatus.DRAFT;
        this.createdAt = LocalDateTime.now(clock);
        apply(details, rule, LocalDate.now(clock), clock);
    }

    /** Changes a draft. */
    public void revise(EntryDetails details, EntryRule rule, Clock clock) {
        require(EnumSet.of(EntryStatus.DRAFT));
        apply(details, rule, LocalDate.now(clock), clock);
    }

    private void apply(EntryDetails details, EntryRule rule, LocalDate today, Clock clock) {
        this.unitKind = Fields.present(details.unitKind(), "unitKind");
        this.area = Area.of(details.area(), "area").squareMetres();
        this.businessSummary = Fields.required(details.businessSummary(), "businessSummary", SUMMARY_MAX);
        this.technologyField = Fields.required(details.technologyField(), "technologyField", FIELD_MAX);
        rule.check(details.foundedOn(), today);
        this.foundedOn = details.foundedOn();
        this.updatedAt = LocalDateTime.now(clock);
    }

    /**
     * Submits the draft: the application day is today, and the entry rule must hold on it. The documents of
     * every {@linkplain EntryFileKind#required() required kind} must be attached ({@code attached}: the kinds of
     * the documents it has); the first missing one is named.
     */
    public void submit(EntryRule rule, Collection<EntryFileKind> attached, Clock clock) {
        require(EnumSet.of(EntryStatus.DRAFT));
        for (EntryFileKind kind : EntryFileKind.required()) {
            if (!attached.contains(kind)) {
                throw new RuleViolationException("incubator.entry.file.missing." + kind.name(), "files");
            }
        }
        LocalDate today = LocalDate.now(clock);
        rule.check(foundedOn, today);
        this.appliedOn = today;
        this.status = EntryStatus.SUBMITTED;
        this.updatedAt = LocalDateTime.now(clock);
    }

    /** Reviewers were assigned to the application's review: it is under review (again, if it was reviewed). */
    public void underReview(long review, Clock clock) {
        require(EnumSet.of(EntryStatus.SUBMITTED, EntryStatus.UNDER_REVIEW, EntryStatus.REVIEWED));
        this.reviewId = review;
        this.status = EntryStatus.UNDER_REVIEW;
        this.updatedAt = LocalDateTime.now(clock);
    }

    /** Every reviewer has scored or declined: the application awaits the leader. */
    public void reviewed(Clock clock) {
        require(EnumSet.of(EntryStatus.UNDER_REVIEW));
        this.status = EntryStatus.REVIEWED;
        this.updatedAt = LocalDateTime.now(clock);
    }

    /** The leader's decision on a reviewed application; a rejection needs a reason. */
    public void decide(boolean approve, String reason, String leader, Clock clock) {
        require(EnumSet.of(EntryStatus.REVIEWED));
        String given = Fields.optional(reason, "reason", REASON_MAX);
        if (!approve && given == null) {
            throw new RuleViolationException("incubator.entry.reasonRequired", "reason");
        }
        this.status = approve ? EntryStatus.APPROVED : EntryStatus.REJECTED;
        this.decisionReason = given;
        this.decidedBy = leader;
        this.decidedOn = LocalDate.now(clock);
        this.updatedAt = LocalDateTime.now(clock);
    }

    /** Documents are attached and removed only while the application is a draft (before submission). */
    public void requireFilesChangeable() {
        if (status != EntryStatus.DRAFT) {
            throw new RuleViolationException("incubator.entry.file.submitted", "file");
        }
    }

    /** Refuses a letting for this application unless it is approved and for this carrier and enterprise. */
    public void checkLetting(Carrier at, Enterprise to) {
        if (status != EntryStatus.APPROVED) {
            throw new ConflictException("incubator.entry.notApproved", "applicationId", id);
        }
        if (!carrier.getId().equals(at.getId()) || !enterprise.getId().equals(to.getId())) {
            throw new RuleViolationException("incubator.entry.otherLetting", "applicationId", enterprise.getName(),
                    carrier.getName());
        }
    }

    private void require(Set<EntryStatus> allowed) {
        if (!allowed.contains(status)) {
            throw new ConflictException("incubator.entry.status", "status", status);
        }
    }

    /** The batch the application is ranked in: the carrier's applications submitted in the same year. */
    public String reviewBatch() {
        return "incubator-entry:carrier-" + carrier.getId() + ":" + appliedOn.getYear();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Jurisdiction getCounty() {
        return county;
    }

    public Carrier getCarrier() {
        return carrier;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public UnitKind getUnitKind() {
        return unitKind;
    }

    public BigDecimal getArea() {
        return area;
    }

    public String getBusinessSummary() {
        return businessSummary;
    }

    public String getTechnologyField() {
        return technologyField;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public EntryStatus getStatus() {
        return status;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
