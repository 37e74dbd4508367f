package cn.kejiju.workbench.commissioner;

import java.math.BigDecimal;

/**
 * A commissioner's annual score: service (quota fulfilment), results and target satisfaction, each
 * weighted by the settings, their total to one decimal, whether the quota was met, and the grade.
 */
public record AssessmentScore(BigDecimal service, BigDecimal results, BigDecimal satisfaction, BigDecimal total,
                              boolean quotaMet, Grade grade) {
}
