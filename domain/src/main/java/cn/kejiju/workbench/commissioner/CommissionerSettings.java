package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The configurable rules of the commissioner programme, one row per installation, edited by the
 * system administrator: the eligibility rule, the cap on active assignments, the annual service
 * quota, the assessment weights and grade bands, the evidence upload limit, whether a service log
 * needs evidence to be submitted, the fewest months in post that an assessment grades (fewer:
 * 未满考核期) and how a missing satisfaction rating counts.
 */
@Entity
@Cacheable
@Table(name = "commissioner_settings")
public class CommissionerSettings {

    /** The one row's id. */
    public static final long ID = 1L;
    public static final int MAX_EVIDENCE_MB = 20;
    /** The months of an assessment year: the quota is for all of them, pro-rated for fewer. */
    public static final int MONTHS = 12;

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

    @Column(name = "min_months_assessed", nullable = false)
    private int minMonthsAssessed;

    @Enumerated(EnumType.STRING)
    @Column(name = "missing_rating", nullable = false, length = 10)
    private MissingRating missingRating;

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
        settings.apply(new Values(true, 3, 12, 30, 6, 60, 20, 20, 90, 75, 60, 10, true, 3,
                MissingRating.LEFT_OUT));
        settings.updatedBy = "system";
        settings.updatedAt = LocalDateTime.of(2026, 1, 1, 0, 0);
        return settings;
    }

    /** The editable values, as one record so that drafts, the audit trail and the API share them. */
    public record Values(boolean barPartyGovernmentStaff, int maxActiveAssignments, int quotaVisits, int quotaDays,
                         int resultsTarget, int serviceWeight, int resultsWeight, int satisfactionWeight,
                         int excellentFrom, int goodFrom, int passFrom, int evidenceMaxMegabytes,
                         boolean evidenceRequired, int minMonthsAssessed, MissingRating missingRating) {

        /** The values with the assessment's defaults: 3 months at least, a missing rating left out. */
        public Values(boolean barPartyGovernmentStaff, int maxActiveAssignments, int quotaVisits, int quotaDays,
                      int resultsTarget, int serviceWeight, int resultsWeight, int satisfactionWeight,
                      int excellentFrom, int goodFrom, int passFrom, int evidenceMaxMegabytes,
                      boolean evidenceRequired) {
            this(barPartyGovernmentStaff, maxActiveAssignments, quotaVisits, quotaDays, resultsTarget, serviceWeight,
                    resultsWeight, satisfactionWeight, excellentFrom, goodFrom, passFrom, evidenceMaxMegabytes,
                    evidenceRequired, 3, MissingRating.LEFT_OUT);
        }
    }

    public Values values() {
        return new Values(barPartyGovernmentStaff, maxActiveAssignments, quotaVisits, quotaDays, resultsTarget,
                serviceWeight, resultsWeight, satisfactionWeight, excellentFrom, goodFrom, passFrom,
                evidenceMaxMegabytes, evidenceRequired, minMonthsAssessed, missingRating);
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
        between(v.minMonthsAssessed(), 1, MONTHS, "minMonthsAssessed");
        if (v.missingRating() == null) {
            throw new RuleViolationException("field.required", "missingRating");
        }
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
        this.minMonthsAssessed = v.minMonthsAssessed();
        this.missingRating = v.missingRating();
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

    /** Scores a full year of service (twelve months in post); see {@link #score(ServiceFigures, int)}. */
    public AssessmentScore score(ServiceFigures figures) {
        return score(figures, MONTHS);
    }

    /**
     * Scores a year of service in which the commissioner was in post {@code monthsServed} months
     * ({@link Commissioner#monthsServedIn(int)}). The quota (visits, days) and the results target are
     * pro-rated to those months (rounded half up, at least 1). Service is the weight times the better of
     * the visit and day ratios to the quota, results the weight times the ratio to the results target
     * (each capped at 1), and satisfaction the weight times the average rating out of 100. A year without
     * any rating follows {@link #getMissingRating()}: left out (the service and results weights are scaled
     * up to 100) or counted as 0. Fewer months than {@link #getMinMonthsAssessed()} grade 未满考核期;
     * otherwise missing the quota fails the year whatever the total, and the bands decide the rest. The
     * reasons say all of this in words.
     */
    public AssessmentScore score(ServiceFigures figures, int monthsServed) {
        int months = Math.max(0, Math.min(MONTHS, monthsServed));
        int visitsDue = prorated(quotaVisits, months);
        int daysDue = prorated(quotaDays, months);
        int resultsDue = Math.max(1, prorated(resultsTarget, months));
        BigDecimal serviceRatio = BigDecimal.ZERO;
        if (visitsDue > 0) {
            serviceRatio = ratio(BigDecimal.valueOf(figures.visits()), visitsDue);
        }
        if (daysDue > 0) {
            serviceRatio = serviceRatio.max(ratio(figures.days(), daysDue));
        }
        boolean rated = figures.satisfaction() != null;
        boolean leftOut = !rated && missingRating == MissingRating.LEFT_OUT && serviceWeight + resultsWeight > 0;
        BigDecimal scale = leftOut
                ? BigDecimal.valueOf(100).divide(BigDecimal.valueOf(serviceWeight + resultsWeight), 6, RoundingMode.HALF_UP)
                : BigDecimal.ONE;
        BigDecimal service = weighted(serviceWeight, serviceRatio, scale);
        BigDecimal results = weighted(resultsWeight, ratio(BigDecimal.valueOf(figures.results()), resultsDue), scale);
        BigDecimal satisfaction = rated ? weighted(satisfactionWeight, ratio(figures.satisfaction(), 100), BigDecimal.ONE)
                : BigDecimal.ZERO.setScale(1);
        BigDecimal total = service.add(results).add(satisfaction).setScale(1, RoundingMode.HALF_UP);
        boolean quotaMet = meetsQuota(figures.visits(), figures.days(), visitsDue, daysDue);
        boolean assessed = months >= minMonthsAssessed && months > 0;
        Grade grade = assessed ? grade(total, quotaMet) : Grade.UNASSESSED;

        List<GradeReason> reasons = new ArrayList<>();
        if (!assessed) {
            reasons.add(GradeReason.of("assessment.reason.unassessed", months, minMonthsAssessed));
        }
        String days = figures.days().stripTrailingZeros().toPlainString();
        String service_ = (quotaMet ? "assessment.reason.quotaMet" : "assessment.reason.quotaShort")
                + (months < MONTHS ? "Prorated" : "");
        reasons.add(months < MONTHS
                ? GradeReason.of(service_, figures.visits(), visitsDue, days, daysDue, months)
                : GradeReason.of(service_, figures.visits(), visitsDue, days, daysDue));
        reasons.add(GradeReason.of("assessment.reason.results", figures.results(), resultsDue));
        if (rated) {
            reasons.add(GradeReason.of("assessment.reason.satisfaction",
                    figures.satisfaction().setScale(1, RoundingMode.HALF_UP).toPlainString()));
        } else {
            reasons.add(GradeReason.of(leftOut ? "assessment.reason.satisfactionLeftOut"
                    : "assessment.reason.satisfactionZero"));
        }
        if (assessed) {
            String points = total.toPlainString();
            reasons.add(switch (grade) {
                case EXCELLENT -> GradeReason.of("assessment.reason.excellent", points, excellentFrom);
                case GOOD -> GradeReason.of("assessment.reason.good", points, goodFrom, excellentFrom);
                case PASS -> GradeReason.of("assessment.reason.pass", points, passFrom, goodFrom);
                default -> quotaMet ? GradeReason.of("assessment.reason.belowPass", points, passFrom)
                        : GradeReason.of("assessment.reason.failQuota", points);
            });
        }
        return new AssessmentScore(service, results, satisfaction, total, quotaMet, grade, months, reasons);
    }

    /** A yearly figure for {@code months} months in post, rounded half up; 0 stays 0, anything else at least 1. */
    public static int prorated(int yearly, int months) {
        if (yearly == 0 || months >= MONTHS) {
            return yearly;
        }
        int share = BigDecimal.valueOf((long) yearly * months).divide(BigDecimal.valueOf(MONTHS), 0, RoundingMode.HALF_UP)
                .intValue();
        return Math.max(1, share);
    }

    private static boolean meetsQuota(long visits, BigDecimal days, int visitsDue, int daysDue) {
        return visitsDue > 0 && visits >= visitsDue
                || daysDue > 0 && days.compareTo(BigDecimal.valueOf(daysDue)) >= 0;
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

    private static BigDecimal weighted(int weight, BigDecimal ratio, BigDecimal scale) {
        return BigDecimal.valueOf(weight).multiply(ratio).multiply(scale).setScale(1, RoundingMode.HALF_UP);
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

    public int getMinMonthsAssessed() {
        return minMonthsAssessed;
    }

    public MissingRating getMissingRating() {
        return missingRating;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
