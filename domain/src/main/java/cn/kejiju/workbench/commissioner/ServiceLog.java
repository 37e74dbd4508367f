package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A service log (服务日志): one day (or days) of a commissioner's service under an assignment. The clerk
 * saves it as a draft, attaches its evidence and submits it (the evidence rule of the settings decides
 * whether it needs evidence to be submitted); it counts in statistics and the assessment only once a
 * leader approves it; a rejected log carries the reason and can be revised and submitted again. Commissioner, county
 * and target are copied from the assignment so that statistics aggregate without joins.
 */
@Entity
@Table(name = "service_log")
public class ServiceLog {

    public static final int SUMMARY_MAX = 2000;
    public static final int REASON_MAX = 500;
    public static final BigDecimal MAX_DAYS = new BigDecimal("31");
    public static final int MAX_PEOPLE = 100_000;
    public static final int MAX_BASES = 1_000;
    public static final int MAX_ITEMS = 20;

    @Id
    @SequenceGenerator(name = "service_log_seq", sequenceName = "service_log_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_log_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false)
    private Assignment assignment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commissioner_id", nullable = false)
    private Commissioner commissioner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id", nullable = false)
    private Jurisdiction county;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false, length = 20)
    private TargetKind targetKind;

    @Column(name = "target_key", nullable = false, length = 24)
    private String targetKey;

    @Column(name = "service_date", nullable = false)
    private LocalDate serviceDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ServiceKind kind;

    @Column(nullable = false, precision = 5, scale = 1)
    private BigDecimal days;

    @Column(name = "people_trained", nullable = false)
    private int peopleTrained;

    @Column(name = "demonstration_bases", nullable = false)
    private int demonstrationBases;

    @Column(nullable = false, precision = 16, scale = 4)
    private BigDecimal income;

    @Column(nullable = false, length = SUMMARY_MAX)
    private String summary;

    @OneToMany(mappedBy = "log", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Introduction> introductions = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private LogStatus status;

    @Column(name = "submitted_by", nullable = false, length = 50)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    @Column(name = "reviewed_by", length = 50)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private LocalDateTime reviewedAt;

    @Column(name = "rejection_reason", length = REASON_MAX)
    private String rejectionReason;

    protected ServiceLog() {
        // for JPA
    }

    /**
     * Submits a new log for an assignment at once, without a draft (as integrators do); it has no evidence
     * yet, so the evidence rule of the settings must be off.
     */
    public ServiceLog(Assignment assignment, LogContent content, CommissionerSettings settings, String by,
                      Clock clock) {
        this(assignment, content, by, clock);
        settings.checkEvidence(0);
    }

    /**
     * A new log, submitted without asking the evidence rule: for logs recorded outside the clerk's and the
     * integrators' flows (data brought over from a ledger, test fixtures). Services use the other
     * constructor or {@link #draft}.
     */
    public ServiceLog(Assignment assignment, LogContent content, String by, Clock clock) {
        this.assignment = Objects.requireNonNull(assignment, "assignment");
        this.commissioner = assignment.getCommissioner();
        this.county = assignment.getCounty();
        this.targetKind = assignment.getTarget().getKind();
        this.targetKey = assignment.getTarget().getKey();
        apply(content, clock);
        markSubmitted(by, clock);
    }

    /** A new draft: checked as a submitted log is, but seen by the clerks only and raising nothing for the leader. */
    public static ServiceLog draft(Assignment assignment, LogContent content, String by, Clock clock) {
        ServiceLog log = new ServiceLog(assignment, content, by, clock);
        log.status = LogStatus.DRAFT;
        return log;
    }

    /** Replaces the content of a draft, which stays a draft. */
    public void saveDraft(LogContent content, String by, Clock clock) {
        requireDraft();
        apply(content, clock);
        this.submittedBy = by;
        this.submittedAt = LocalDateTime.now(clock);
    }

    /**
     * Replaces the content of a log not yet approved: a draft stays a draft, a submitted or rejected log
     * goes (back) to the leader, with as much evidence as the rule asks ({@code evidenceItems} attached).
     */
    public void revise(LogContent content, long evidenceItems, CommissionerSettings settings, String by,
                       Clock clock) {
        requireEditable();
        apply(content, clock);
        if (status == LogStatus.DRAFT) {
            this.submittedBy = by;
            this.submittedAt = LocalDateTime.now(clock);
        } else {
            settings.checkEvidence(evidenceItems);
            markSubmitted(by, clock);
        }
    }

    /** Submits a draft for review once it has the evidence the rule asks ({@code evidenceItems} attached). */
    public void submit(long evidenceItems, CommissionerSettings settings, String by, Clock clock) {
        requireDraft();
        settings.checkEvidence(evidenceItems);
        markSubmitted(by, clock);
    }

    private void requireDraft() {
        if (status != LogStatus.DRAFT) {
            throw new RuleViolationException("log.notDraft", "status");
        }
    }

    public boolean isDraft() {
        return status == LogStatus.DRAFT;
    }

    private void markSubmitted(String by, Clock clock) {
        this.status = LogStatus.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = LocalDateTime.now(clock);
        this.reviewedBy = null;
        this.reviewedAt = null;
        this.rejectionReason = null;
    }

    private void apply(LogContent content, Clock clock) {
        Objects.requireNonNull(content, "content");
        LocalDate date = content.serviceDate();
        if (date == null) {
            throw new RuleViolationException("field.required", "serviceDate");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("log.dateInFuture", "serviceDate");
        }
        if (!assignment.covers(date)) {
            throw new RuleViolationException("log.dateOutsideAssignment", "serviceDate",
                    assignment.getStartDate(), assignment.endedOn().orElse(assignment.getEndDate()));
        }
        if (content.kind() == null) {
            throw new RuleViolationException("field.required", "kind");
        }
        BigDecimal spent = Amounts.required(content.days(), 1, "days");
        if (spent.signum() <= 0 || spent.compareTo(MAX_DAYS) > 0
                || spent.remainder(new BigDecimal("0.5")).signum() != 0) {
            throw new RuleViolationException("log.days", "days", MAX_DAYS);
        }
        if (content.peopleTrained() < 0 || content.peopleTrained() > MAX_PEOPLE) {
            throw new RuleViolationException("field.range", "peopleTrained", 0, MAX_PEOPLE);
        }
        if (content.kind() == ServiceKind.TRAINING && content.peopleTrained() == 0) {
            throw new RuleViolationException("log.trainingNeedsPeople", "peopleTrained");
        }
        if (content.demonstrationBases() < 0 || content.demonstrationBases() > MAX_BASES) {
            throw new RuleViolationException("field.range", "demonstrationBases", 0, MAX_BASES);
        }
        BigDecimal newIncome = content.income() == null ? BigDecimal.ZERO.setScale(4)
                : Amounts.required(content.income(), 4, "income");
        String newSummary = Texts.required(content.summary(), "summary", SUMMARY_MAX);
        checkItems(content);

        this.serviceDate = date;
        this.kind = content.kind();
        this.days = spent;
        this.peopleTrained = content.peopleTrained();
        this.demonstrationBases = content.demonstrationBases();
        this.income = newIncome;
        this.summary = newSummary;
        this.introductions.removeIf(item -> !content.introduced().contains(item.getInnovation()));
        for (Innovation innovation : content.introduced()) {
            if (introductions.stream().noneMatch(item -> item.getInnovation().equals(innovation))) {
                introductions.add(new Introduction(this, innovation));
            }
        }
    }

    private void checkItems(LogContent content) {
        List<Innovation> items = content.introduced();
        if (items.size() > MAX_ITEMS) {
            throw new RuleViolationException("log.tooManyItems", "introductions", MAX_ITEMS);
        }
        Set<Innovation> distinct = new HashSet<>(items);
        if (distinct.size() != items.size()) {
            throw new RuleViolationException("log.duplicateItem", "introductions");
        }
        for (Innovation item : items) {
            if (!item.getCounty().getCode().equals(county.getCode())) {
                throw new RuleViolationException("log.itemOutsideCounty", "introductions", item.getName());
            }
        }
        if (content.kind() == ServiceKind.VARIETY_INTRODUCTION
                && items.stream().noneMatch(i -> i.getKind() == InnovationKind.VARIETY)) {
            throw new RuleViolationException("log.varietyRequired", "introductions");
        }
        if (content.kind() == ServiceKind.TECHNOLOGY_PROMOTION
                && items.stream().noneMatch(i -> i.getKind() == InnovationKind.TECHNOLOGY)) {
            throw new RuleViolationException("log.technologyRequired", "introductions");
        }
    }

    /** A leader approves a submitted log; from then on it counts and cannot be changed. */
    public void approve(String by, Clock clock) {
        requireSubmitted();
        this.status = LogStatus.APPROVED;
        this.reviewedBy = by;
        this.reviewedAt = LocalDateTime.now(clock);
    }

    /** A leader rejects a submitted log with a reason the clerk reads. */
    public void reject(String reason, String by, Clock clock) {
        requireSubmitted();
        this.rejectionReason = Texts.required(reason, "reason", REASON_MAX);
        this.status = LogStatus.REJECTED;
        this.reviewedBy = by;
        this.reviewedAt = LocalDateTime.now(clock);
    }

    private void requireSubmitted() {
        if (status != LogStatus.SUBMITTED) {
            throw new RuleViolationException("log.notAwaitingReview", "status");
        }
    }

    /**
     * Whether one of its {@code evidenceItems} evidence files may be removed: not after approval, and not the
     * last one of a log awaiting review while the evidence rule is on (it was submitted with it, and the
     * leader would review a log without any).
     */
    public void requireEvidenceRemovable(long evidenceItems, CommissionerSettings settings) {
        requireEditable();
        if (status == LogStatus.SUBMITTED && settings.isEvidenceRequired() && evidenceItems <= 1) {
            throw new RuleViolationException("log.lastEvidence", "evidence");
        }
    }

    /** Whether evidence may still be attached or removed (not after approval). */
    public void requireEditable() {
        if (status == LogStatus.APPROVED) {
            throw new RuleViolationException("log.approvedIsFinal", "status");
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public Commissioner getCommissioner() {
        return commissioner;
    }

    public Jurisdiction getCounty() {
        return county;
    }

    public TargetKind getTargetKind() {
        return targetKind;
    }

    public String getTargetKey() {
        return targetKey;
    }

    public LocalDate getServiceDate() {
        return serviceDate;
    }

    public ServiceKind getKind() {
        return kind;
    }

    public BigDecimal getDays() {
        return days;
    }

    public int getPeopleTrained() {
        return peopleTrained;
    }

    public int getDemonstrationBases() {
        return demonstrationBases;
    }

    public BigDecimal getIncome() {
        return income;
    }

    public String getSummary() {
        return summary;
    }

    public List<Introduction> getIntroductions() {
        return List.copyOf(introductions);
    }

    public LogStatus getStatus() {
        return status;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public Optional<String> reviewedBy() {
        return Optional.ofNullable(reviewedBy);
    }

    public Optional<LocalDateTime> reviewedAt() {
        return Optional.ofNullable(reviewedAt);
    }

    public Optional<String> rejectionReason() {
        return Optional.ofNullable(rejectionReason);
    }
}
