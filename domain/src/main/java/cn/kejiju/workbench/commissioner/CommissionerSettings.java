package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * The configurable rules of the commissioner programme, one row per installation, edited by the
 * system administrator: the eligibility rule, the cap on active assignments, the annual service
 * quota, the assessment weights and grade bands, the evidence upload limit and whether a service log
 * needs evidence to be submitted.
 */
@Entity
@Cacheable
@Table(name = "commissioner_settings")
public class CommissionerSettings {

    /** The one row's id. */
    public static final long ID = 1L;
    public static final int MAX_EVIDENCE_MB = 20;

    @Id
    private Long id;

    @Version
    private long version;

    @Column(name = "bar_party_government_staff", nullable = false)
    private boolean barPartyGovernmentStaff;

    @Column(name = "max_active_assignments", nullable = false)
    private int maxActiveAssignments;

    @Column(name = "quota_visits", nullable = false)
    private int quotaVisits;

    @Column(name = "quota_days", nullable = false)
    private int quotaDays;

    @Column(name = "results_target", nullable = false)
    private int resultsTarget;

    @Column(name = "service_weight", nullable = false)
    private int serviceWeight;

    @Column(name = "results_weight", nullable = false)
    private int resultsWeight;

    @Column(name = "satisfaction_weight", nullable = false)
    private int satisfactionWeight;

    @Column(name = "excellent_from", nullable = false)
    private int excellentFrom;

    @Column(name = "good_from", nullable = false)
    private int goodFrom;

    @Column(name = "pass_from", nullable = false)
    private int passFrom;

    @Column(name = "evidence_max_mb", nullable = false)
    private int evidenceMaxMegabytes;

    @Column(name = "evidence_required", nullable = false)
    private boolean evidenceRequired;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 50)
    private String updatedBy;

    protected CommissionerSettings() {
        // for JPA
    }

    /** The defaults the programme starts with (those of the issue and common county practice). */
    public static CommissionerSettings defaults() {
        CommissionerSettings settings = new CommissionerSettings();
        settings.id = ID;
        settings.apply(new Values(true, 3, 12, 30, 6, 60, 20, 20, 90, 75, 60, 10, true));
        settings.updatedBy = "system";
        settings.updatedAt = LocalDateTime.of(2026, 1, 1, 0, 0);
        return settings;
    }

    /** The editable values, as one record so that drafts, the audit trail and the API share them. */
    public record Values(boolean barPartyGovernmentStaff, int maxActiveAssignments, int quotaVisits, int quotaDays,
                         int resultsTarget, int serviceWeight, int resultsWeight, int satisfactionWeight,
                         int excellentFrom, int goodFrom, int passFrom, int evidenceMaxMegabytes,
                         boolean evidenceRequired) {
    }

    public Values values() {
        return new Values(barPartyGovernmentStaff, maxActiveAssignments, quotaVisits, quotaDays, resultsTarget,
                serviceWeight, resultsWeight, satisfactionWeight, excellentFrom, goodFrom, passFrom,
                evidenceMaxMegabytes, evidenceRequired);
    }

    /** Replaces the values after checking them together: weights add up to 100, bands descend. */
    public void revise(Values values, String by, Clock clock) {
        apply(values);
        this.updatedBy = by;
        this.updatedAt = LocalDateTime.now(clock);
    }

    private void apply(Values v) {
        between(v.maxActiveAssignments(), 1, 20, "maxActiveAssignments");
        between(v.quotaVisits(), 0, 365, "quotaVisits");
        between(v.quotaDays(), 0, 365, "quotaDays");
        if (v.quotaVisits() == 0 && v.quotaDays() == 0) {
            throw new RuleViolationException("settings.quotaEmpty", "quotaVisits");
        }
        between(v.resultsTarget(), 1, 1000, "resultsTarget");
        between(v.serviceWeight(), 0, 100, "serviceWeight");
        between(v.resultsWeight(), 0, 100, "resultsWeight");
        between(v.satisfactionWeight(), 0, 100, "satisfactionWeight");
        if (v.serviceWeight() + v.resultsWeight() + v.satisfactionWeight() != 100) {
            throw new RuleViolationException("settings.weightsSum", "serviceWeight",
                    v.serviceWeight() + v.resultsWeight() + v.satisfactionWeight());
        }
        between(v.passFrom(), 1, 100, "passFrom");
        between(v.goodFrom(), 1, 100, "goodFrom");
        between(v.excellentFrom(), 1, 100, "excellentFrom");
        if (!(v.passFrom() < v.goodFrom() && v.goodFrom() < v.excellentFrom())) {
            throw new RuleViolationException("settings.bandsOrder", "goodFrom");
        }
        between(v.evidenceMaxMegabytes(), 1, MAX_EVIDENCE_MB, "evidenceMaxMegabytes");
        this.barPartyGovernmentStaff = v.barPartyGovernmentStaff();
        this.maxActiveAssignments = v.maxActiveAssignments();
        this.quotaVisits = v.quotaVisits();
        this.quotaDays = v.quotaDays();
        this.resultsTarget = v.resultsTarget();
        this.serviceWeight = v.serviceWeight();
        this.resultsWeight = v.resultsWeight();
        this.satisfactionWeight = v.satisfactionWeight();
        this.excellentFrom = v.excellentFrom();
        this.goodFrom = v.goodFrom();
        this.passFrom = v.passFrom();
        this.evidenceMaxMegabytes = v.evidenceMaxMegabytes();
        this.evidenceRequired = v.evidenceRequired();
    }

    private static void between(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new RuleViolationException("settings.range", field, min, max);
        }
    }

    /** The eligibility rule: staff of Party and government organs are refused while the bar is on. */
    public void checkEligibility(EmployerCategory category) {
        if (barPartyGovernmentStaff && category == EmployerCategory.PARTY_GOVERNMENT_ORGAN) {
            throw new RuleViolationException("commissioner.ineligibleEmployer", "employerCategory");
        }
    }

    /** Refuses a new assignment when the commissioner already holds the maximum of active ones. */
    public void checkLoad(long activeAssignments) {
        if (activeAssignments >= maxActiveAssignments) {
            throw new RuleViolationException("assignment.tooMany", "commissionerId", maxActiveAssignments);
        }
    }

    /**
     * The evidence rule: while it is on, a service log is submitted only with at least one evidence item
     * (photo or stamped confirmation) attached; the refusal names the evidence section.
     */
    public void checkEvidence(long evidenceItems) {
        if (evidenceRequired && evidenceItems < 1) {
            throw new RuleViolationException("log.evidenceRequired", "evidence");
        }
    }

    /** The annual quota: met by enough approved visits or enough service days. */
    public boolean meetsQuota(long visits, BigDecimal days) {
        return quotaVisits > 0 && visits >= quotaVisits
                || quotaDays > 0 && days.compareTo(BigDecimal.valueOf(quotaDays)) >= 0;
    }

    /**
     * Scores a year of service: service is the weight times the better of the visit and day ratios to
     * the quota, results the weight times the ratio to the results target (each capped at 1), and
     * satisfaction the weight times the average rating out of 100. Missing the quota fails the year
     * whatever the total; otherwise the bands decide.
     */
    public AssessmentScore score(ServiceFigures figures) {
        BigDecimal serviceRatio = BigDecimal.ZERO;
        if (quotaVisits > 0) {
            serviceRatio = ratio(BigDecimal.valueOf(figures.visits()), quotaVisits);
        }
        if (quotaDays > 0) {
            serviceRatio = serviceRatio.max(ratio(figures.days(), quotaDays));
        }
        BigDecimal service = weighted(serviceWeight, serviceRatio);
        BigDecimal results = weighted(resultsWeight, ratio(BigDecimal.valueOf(figures.results()), resultsTarget));
        BigDecimal satisfaction = figures.satisfaction() == null ? BigDecimal.ZERO.setScale(1)
                : weighted(satisfactionWeight, ratio(figures.satisfaction(), 100));
        BigDecimal total = service.add(results).add(satisfaction).setScale(1, RoundingMode.HALF_UP);
        boolean quotaMet = meetsQuota(figures.visits(), figures.days());
        return new AssessmentScore(service, results, satisfaction, total, quotaMet, grade(total, quotaMet));
    }

    /** The grade of a total: below the quota always 不合格, otherwise by the configured bands. */
    public Grade grade(BigDecimal total, boolean quotaMet) {
        if (!quotaMet || total.compareTo(BigDecimal.valueOf(passFrom)) < 0) {
            return Grade.FAIL;
        }
        if (total.compareTo(BigDecimal.valueOf(excellentFrom)) >= 0) {
            return Grade.EXCELLENT;
        }
        return total.compareTo(BigDecimal.valueOf(goodFrom)) >= 0 ? Grade.GOOD : Grade.PASS;
    }

    private static BigDecimal ratio(BigDecimal achieved, int target) {
        BigDecimal ratio = achieved.divide(BigDecimal.valueOf(target), 6, RoundingMode.HALF_UP);
        return ratio.min(BigDecimal.ONE).max(BigDecimal.ZERO);
    }

    private static BigDecimal weighted(int weight, BigDecimal ratio) {
        return BigDecimal.valueOf(weight).multiply(ratio).setScale(1, RoundingMode.HALF_UP);
    }

    public long evidenceMaxBytes() {
        return evidenceMaxMegabytes * 1024L * 1024L;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public boolean isBarPartyGovernmentStaff() {
        return barPartyGovernmentStaff;
    }

    public int getMaxActiveAssignments() {
        return maxActiveAssignments;
    }

    public int getQuotaVisits() {
        return quotaVisits;
    }

    public int getQuotaDays() {
        return quotaDays;
    }

    public int getResultsTarget() {
        return resultsTarget;
    }

    public int getServiceWeight() {
        return serviceWeight;
    }

    public int getResultsWeight() {
        return resultsWeight;
    }

    public int getSatisfactionWeight() {
        return satisfactionWeight;
    }

    public int getExcellentFrom() {
        return excellentFrom;
    }

    public int getGoodFrom() {
        return goodFrom;
    }

    public int getPassFrom() {
        return passFrom;
    }

    public int getEvidenceMaxMegabytes() {
        return evidenceMaxMegabytes;
    }

    public boolean isEvidenceRequired() {
        return evidenceRequired;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
