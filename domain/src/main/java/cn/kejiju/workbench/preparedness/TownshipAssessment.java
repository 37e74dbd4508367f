package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.Fields;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A township's assessment of a year (乡镇防震减灾工作考核): a score per criterion of the year's set with its
 * evidence, the total and the grade. A pre-filled criterion takes the score the module's data earns unless the
 * clerk gives another with a reason; a manual one needs evidence. A leader confirms a complete assessment,
 * after which it is frozen (total and grade as they were, whatever the set or the data do later).
 */
@Entity
@Table(name = "prep_assess")
public class TownshipAssessment {

    @Id
    @SequenceGenerator(name = "prep_assess_seq", sequenceName = "prep_assess_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prep_assess_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "assess_year", nullable = false)
    private int year;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id", nullable = false)
    private Jurisdiction county;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "township_id", nullable = false)
    private Jurisdiction township;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private AssessmentStatus status;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "prep_assess_score", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<CriterionScore> scores = new ArrayList<>();

    @Column(nullable = false, precision = 5, scale = 1)
    private BigDecimal total;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private TownshipGrade grade;

    @Column(name = "scored_by", nullable = false, length = 60)
    private String scoredBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "confirmed_by", length = 60)
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private LocalDateTime confirmedAt;

    protected TownshipAssessment() {
        // for JPA
    }

    public TownshipAssessment(Jurisdiction township, int year) {
        if (township == null || township.getLevel() != JurisdictionLevel.TOWNSHIP) {
            throw new RuleViolationException("preparedness.assessment.notTownship", "townshipId");
        }
        this.township = township;
        this.county = township.getParent();
        this.year = year;
        this.status = AssessmentStatus.SCORING;
        this.total = BigDecimal.ZERO.setScale(1);
    }

    /**
     * Scores the criteria of the set: each entry names a criterion; a pre-filled criterion without a score takes
     * the one the facts earn, another score needs a reason; a manual criterion's score needs evidence; a manual
     * criterion without a score stays open. Scores lie from 0 to the maximum, in steps of 0.1.
     */
    public void score(AssessmentScheme scheme, List<ScoreEntry> entries, TownshipFacts facts, String by, Clock clock) {
        requireScoring();
        if (scheme.getYear() != year) {
            throw new IllegalArgumentException("the set of " + scheme.getYear() + " for an assessment of " + year);
        }
        Map<String, Integer> index = new HashMap<>();
        List<ScoreEntry> given = entries == null ? List.of() : entries;
        for (int i = 0; i < given.size(); i++) {
            ScoreEntry entry = given.get(i);
            String code = Fields.present(entry == null ? null : entry.code(), "scores[" + i + "].code");
            if (scheme.criterion(code).isEmpty()) {
                throw new RuleViolationException("preparedness.assessment.criterionUnknown", "scores[" + i + "].code",
                        code);
            }
            if (index.put(code, i) != null) {
                throw new RuleViolationException("preparedness.assessment.criterionTwice", "scores[" + i + "].code",
                        code);
            }
        }
        List<CriterionScore> result = new ArrayList<>();
        for (AssessmentCriterion criterion : scheme.getCriteria()) {
            Integer i = index.get(criterion.getCode());
            ScoreEntry entry = i == null ? null : given.get(i);
            String field = "scores[" + (i == null ? criterion.getCode() : i) + "]";
            CriterionScore scored = scoreOf(criterion, entry, criterion.suggested(facts), field);
            if (scored != null) {
                result.add(scored);
            }
        }
        this.scores = result;
        this.total = result.stream().map(CriterionScore::getScore).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(1);
        this.grade = isComplete(scheme) ? scheme.grade(total) : null;
        this.scoredBy = by;
        this.updatedAt = LocalDateTime.now(clock);
    }

    private static CriterionScore scoreOf(AssessmentCriterion criterion, ScoreEntry entry, BigDecimal suggested,
                                          String field) {
        String evidence = entry == null ? null
                : Fields.optional(entry.evidence(), field + ".evidence", CriterionScore.EVIDENCE_MAX);
        String reason = entry == null ? null
                : Fields.optional(entry.reason(), field + ".reason", CriterionScore.REASON_MAX);
        BigDecimal score = entry == null ? null : entry.score();
        if (score == null) {
            return suggested == null ? null : new CriterionScore(criterion.getCode(), suggested, suggested, evidence, null);
        }
        if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(criterion.getMaxScore())) > 0) {
            throw new RuleViolationException("field.range", field + ".score", 0, criterion.getMaxScore());
        }
        if (score.stripTrailingZeros().scale() > 1) {
            throw new RuleViolationException("preparedness.assessment.scoreStep", field + ".score");
        }
        BigDecimal value = score.setScale(1);
        if (suggested == null) {
            if (evidence == null) {
                throw new RuleViolationException("preparedness.assessment.evidenceRequired", field + ".evidence",
                        criterion.getName());
            }
            return new CriterionScore(criterion.getCode(), value, null, evidence, reason);
        }
        if (value.compareTo(suggested) != 0 && reason == null) {
            throw new RuleViolationException("preparedness.assessment.reasonRequired", field + ".reason",
                    criterion.getName(), suggested.toPlainString());
        }
        return new CriterionScore(criterion.getCode(), value, suggested, evidence,
                value.compareTo(suggested) == 0 ? null : reason);
    }

    /** A leader confirms a complete assessment: total and grade are kept as they are and nothing changes after. */
    public void confirm(AssessmentScheme scheme, String leader, Clock clock) {
        requireScoring();
        if (!isComplete(scheme)) {
            throw new RuleViolationException("preparedness.assessment.incomplete", "scores",
                    scheme.getCriteria().size() - scores.size());
        }
        this.grade = scheme.grade(total);
        this.status = AssessmentStatus.CONFIRMED;
        this.confirmedBy = leader;
        this.confirmedAt = LocalDateTime.now(clock);
        this.updatedAt = confirmedAt;
    }

    private void requireScoring() {
        if (status == AssessmentStatus.CONFIRMED) {
            throw new ConflictException("preparedness.assessment.frozen", null, year);
        }
    }

    /** Whether every criterion of the set has a score. */
    public boolean isComplete(AssessmentScheme scheme) {
        return scheme.getCriteria().stream().allMatch(c -> score(c.getCode()).isPresent());
    }

    public Optional<CriterionScore> score(String code) {
        return scores.stream().filter(s -> s.getCode().equals(code)).findFirst();
    }

    public boolean isConfirmed() {
        return status == AssessmentStatus.CONFIRMED;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public int getYear() {
        return year;
    }

    public Jurisdiction getCounty() {
        return county;
    }

    public Jurisdiction getTownship() {
        return township;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public List<CriterionScore> getScores() {
        return List.copyOf(scores);
    }

    public BigDecimal getTotal() {
        return total;
    }

    /** The grade once every criterion is scored (null before). */
    public TownshipGrade getGrade() {
        return grade;
    }

    public String getScoredBy() {
        return scoredBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public LocalDateTime getConfirmedAt() {
        return confirmedAt;
    }
}
