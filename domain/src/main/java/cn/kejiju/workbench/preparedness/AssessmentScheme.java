package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The criteria set of a year's township assessment (乡镇防震减灾工作考核细则): criteria whose maximum scores add
 * up to 100, and the grade bands (优秀 from {@code excellentFrom}, 达标 from {@code passFrom}, below: 不达标).
 * A year without a set of its own is assessed by {@link #standard(int)}.
 */
@Entity
@Table(name = "prep_assess_scheme")
public class AssessmentScheme {

    public static final int TOTAL = 100;
    public static final int CRITERIA_MAX = 20;
    public static final int EXCELLENT_DEFAULT = 90;
    public static final int PASS_DEFAULT = 60;

    @Id
    @SequenceGenerator(name = "prep_assess_scheme_seq", sequenceName = "prep_assess_scheme_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prep_assess_scheme_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "assess_year", nullable = false)
    private int year;

    @Column(name = "excellent_from", nullable = false)
    private int excellentFrom;

    @Column(name = "pass_from", nullable = false)
    private int passFrom;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "prep_assess_criterion", joinColumns = @JoinColumn(name = "scheme_id"))
    @OrderColumn(name = "position")
    private List<AssessmentCriterion> criteria = new ArrayList<>();

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected AssessmentScheme() {
        // for JPA
    }

    public AssessmentScheme(int year, List<AssessmentCriterion> criteria, Integer excellentFrom, Integer passFrom,
                            String by, Clock clock) {
        this.year = year;
        revise(criteria, excellentFrom, passFrom, by, clock);
    }

    /**
     * The set a year has until the administrator configures its own: organisation 20, publicity 25 (full at 4
     * events), drills 20 (full at 2), 三网一员 completeness 20 (scored by hand until the register is there),
     * model schools 15; bands 90 and 60. Not stored.
     */
    public static AssessmentScheme standard(int year) {
        AssessmentScheme scheme = new AssessmentScheme();
        scheme.year = year;
        scheme.excellentFrom = EXCELLENT_DEFAULT;
        scheme.passFrom = PASS_DEFAULT;
        scheme.criteria = List.of(
                new AssessmentCriterion("organisation", "组织领导", 20, PrefillSource.MANUAL, null, "criteria[0]"),
                new AssessmentCriterion("publicity", "宣传活动", 25, PrefillSource.EVENTS_HELD, 4, "criteria[1]"),
                new AssessmentCriterion("drills", "应急演练", 20, PrefillSource.DRILLS_HELD, 2, "criteria[2]"),
                new AssessmentCriterion("network", "三网一员建设", 20, PrefillSource.MANUAL, null, "criteria[3]"),
                new AssessmentCriterion("modelSchools", "示范学校创建", 15, PrefillSource.MANUAL, null, "criteria[4]"));
        return scheme;
    }

    /** Replaces criteria and bands: 1 to 20 criteria, distinct codes, maxima adding up to 100; 0 < pass < excellent ≤ 100. */
    public void revise(List<AssessmentCriterion> newCriteria, Integer newExcellentFrom, Integer newPassFrom, String by,
                       Clock clock) {
        if (newCriteria == null || newCriteria.isEmpty()) {
            throw new RuleViolationException("field.required", "criteria");
        }
        if (newCriteria.size() > CRITERIA_MAX) {
            throw new RuleViolationException("preparedness.assessment.tooManyCriteria", "criteria", CRITERIA_MAX);
        }
        Set<String> codes = new HashSet<>();
        int sum = 0;
        for (int i = 0; i < newCriteria.size(); i++) {
            AssessmentCriterion c = newCriteria.get(i);
            if (!codes.add(c.getCode())) {
                throw new RuleViolationException("preparedness.assessment.criterionTwice", "criteria[" + i + "].code",
                        c.getCode());
            }
            sum += c.getMaxScore();
        }
        if (sum != TOTAL) {
            throw new RuleViolationException("preparedness.assessment.maximaSum", "criteria", TOTAL, sum);
        }
        int excellent = newExcellentFrom == null ? EXCELLENT_DEFAULT : newExcellentFrom;
        int pass = newPassFrom == null ? PASS_DEFAULT : newPassFrom;
        if (pass < 1 || pass >= excellent || excellent > TOTAL) {
            throw new RuleViolationException("preparedness.assessment.bands", "passFrom", TOTAL);
        }
        this.criteria = new ArrayList<>(newCriteria);
        this.excellentFrom = excellent;
        this.passFrom = pass;
        this.updatedBy = by;
        this.updatedAt = LocalDateTime.now(clock);
    }

    /** The grade of a total: 优秀 from {@code excellentFrom}, 达标 from {@code passFrom}, else 不达标. */
    public TownshipGrade grade(BigDecimal total) {
        if (total.compareTo(BigDecimal.valueOf(excellentFrom)) >= 0) {
            return TownshipGrade.EXCELLENT;
        }
        return total.compareTo(BigDecimal.valueOf(passFrom)) >= 0 ? TownshipGrade.PASS : TownshipGrade.FAIL;
    }

    public Optional<AssessmentCriterion> criterion(String code) {
        return criteria.stream().filter(c -> c.getCode().equals(code)).findFirst();
    }

    /** Whether this set is stored (a year's own) rather than the standard one. */
    public boolean isStored() {
        return id != null;
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

    public int getExcellentFrom() {
        return excellentFrom;
    }

    public int getPassFrom() {
        return passFrom;
    }

    public List<AssessmentCriterion> getCriteria() {
        return List.copyOf(criteria);
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
