package cn.kejiju.workbench.preparedness;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * The score a township got for one criterion, with the evidence the clerk cites, the pre-filled score it was
 * offered (null for a manual criterion) and, when the two differ, the reason. Immutable.
 */
@Embeddable
public class CriterionScore {

    public static final int EVIDENCE_MAX = 500;
    public static final int REASON_MAX = 200;

    @Size(max = AssessmentCriterion.CODE_MAX)
    @Column(nullable = false, length = AssessmentCriterion.CODE_MAX)
    private String code;

    @Column(nullable = false, precision = 4, scale = 1)
    private BigDecimal score;

    @Column(precision = 4, scale = 1)
    private BigDecimal suggested;

    @Size(max = EVIDENCE_MAX)
    @Column(length = EVIDENCE_MAX)
    private String evidence;

    @Size(max = REASON_MAX)
    @Column(length = REASON_MAX)
    private String reason;

    protected CriterionScore() {
        // for JPA
    }

    CriterionScore(String code, BigDecimal score, BigDecimal suggested, String evidence, String reason) {
        this.code = code;
        this.score = score;
        this.suggested = suggested;
        this.evidence = evidence;
        this.reason = reason;
    }

    public String getCode() {
        return code;
    }

    public BigDecimal getScore() {
        return score;
    }

    public BigDecimal getSuggested() {
        return suggested;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getReason() {
        return reason;
    }

    /** Whether the clerk changed the pre-filled score. */
    public boolean isOverridden() {
        return suggested != null && suggested.compareTo(score) != 0;
    }
}
