package cn.kejiju.workbench.commissioner;

import java.math.BigDecimal;
import java.util.List;

/**
 * A commissioner's annual score: service (quota fulfilment), results and target satisfaction, each
 * weighted by the settings, their total to one decimal, whether the (pro-rated) quota was met, the
 * grade, the months served in the year that the quota was pro-rated by, and the reasons for the grade
 * in words.
 */
public record AssessmentScore(BigDecimal service, BigDecimal results, BigDecimal satisfaction, BigDecimal total,
                              boolean quotaMet, Grade grade, int monthsServed, List<GradeReason> reasons) {

    public AssessmentScore {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public AssessmentScore(BigDecimal service, BigDecimal results, BigDecimal satisfaction, BigDecimal total,
                           boolean quotaMet, Grade grade) {
        this(service, results, satisfaction, total, quotaMet, grade, CommissionerSettings.MONTHS, List.of());
    }

    /** Whether the year is assessed at all (not 未满考核期). */
    public boolean assessed() {
        return grade != Grade.UNASSESSED;
    }
}
