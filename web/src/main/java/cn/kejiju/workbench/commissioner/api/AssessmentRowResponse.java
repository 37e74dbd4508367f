package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.Assessment;
import cn.kejiju.workbench.commissioner.AssessmentRow;
import cn.kejiju.workbench.commissioner.Grade;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One commissioner's year in the assessment: approved visits, days, results and the targets' average
 * satisfaction; the score parts by the configured weights, total and grade; quota and risk; and
 * whether (and by whom) a leader confirmed it, which freezes the figures.
 */
@Schema(name = "AssessmentRow")
public record AssessmentRowResponse(
        long commissionerId,
        String commissionerName,
        int year,
        long visits,
        BigDecimal days,
        long results,
        @Schema(description = "Average rating 0–100, null when none entered") BigDecimal satisfaction,
        BigDecimal serviceScore,
        BigDecimal resultsScore,
        BigDecimal satisfactionScore,
        BigDecimal total,
        Grade grade,
        boolean quotaMet,
        @Schema(description = "Short of the quota and not confirmed yet") boolean atRisk,
        boolean confirmed,
        String confirmedBy,
        LocalDateTime confirmedAt) {

    static AssessmentRowResponse of(AssessmentRow row) {
        var figures = row.figures();
        var score = row.score();
        return new AssessmentRowResponse(
                row.commissioner().getId(),
                row.commissioner().getName(),
                row.year(),
                figures.visits(),
                figures.days(),
                figures.results(),
                figures.satisfaction(),
                score.service(),
                score.results(),
                score.satisfaction(),
                score.total(),
                score.grade(),
                score.quotaMet(),
                row.isAtRisk(),
                row.isConfirmed(),
                row.confirmation().map(Assessment::getConfirmedBy).orElse(null),
                row.confirmation().map(Assessment::getConfirmedAt).orElse(null));
    }
}
