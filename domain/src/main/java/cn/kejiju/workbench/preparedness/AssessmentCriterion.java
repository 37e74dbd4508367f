package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.shared.Fields;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * One criterion of a year's township assessment (考核细则): a code, a name, the maximum score, and where its
 * score is pre-filled from with the count that earns full marks. Immutable.
 */
@Embeddable
public class AssessmentCriterion {

    public static final int CODE_MAX = 30;
    public static final int NAME_MAX = 100;
    private static final Pattern CODE = Pattern.compile("[a-z][a-zA-Z0-9]*");

    @Size(max = CODE_MAX)
    @Column(nullable = false, length = CODE_MAX)
    private String code;

    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "max_score", nullable = false)
    private int maxScore;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PrefillSource source;

    @Column(name = "full_at")
    private Integer fullAt;

    protected AssessmentCriterion() {
        // for JPA
    }

    /** {@code field}: where a refusal points (e.g. {@code criteria[2].maxScore} is {@code field + ".maxScore"}). */
    public AssessmentCriterion(String code, String name, Integer maxScore, PrefillSource source, Integer fullAt,
                               String field) {
        this.code = Fields.required(code, field + ".code", CODE_MAX);
        if (!CODE.matcher(this.code).matches()) {
            throw new RuleViolationException("preparedness.assessment.criterionCode", field + ".code");
        }
        this.name = Fields.required(name, field + ".name", NAME_MAX);
        int max = Fields.present(maxScore, field + ".maxScore");
        if (max < 1 || max > 100) {
            throw new RuleViolationException("field.range", field + ".maxScore", 1, 100);
        }
        this.maxScore = max;
        this.source = source == null ? PrefillSource.MANUAL : source;
        if (this.source.prefilled()) {
            int full = Fields.present(fullAt, field + ".fullAt");
            int most = this.source.isPercent() ? 100 : Counts.COUNT_MAX;
            if (full < 1 || full > most) {
                throw new RuleViolationException("field.range", field + ".fullAt", 1, most);
            }
            this.fullAt = full;
        } else {
            this.fullAt = null;
        }
    }

    /**
     * The score the township's facts earn: full marks at {@code fullAt}, proportionally below (one decimal,
     * half up); null for a manual criterion.
     */
    public BigDecimal suggested(TownshipFacts facts) {
        Long count = source.count(facts);
        if (count == null) {
            return null;
        }
        if (count >= fullAt) {
            return BigDecimal.valueOf(maxScore).setScale(1);
        }
        return BigDecimal.valueOf(maxScore).multiply(BigDecimal.valueOf(count))
                .divide(BigDecimal.valueOf(fullAt), 1, RoundingMode.HALF_UP);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getMaxScore() {
        return maxScore;
    }

    public PrefillSource getSource() {
        return source;
    }

    public Integer getFullAt() {
        return fullAt;
    }
}
