package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.Assessment;
import cn.kejiju.workbench.commissioner.AssessmentRow;
import cn.kejiju.workbench.commissioner.Grade;
import cn.kejiju.workbench.commissioner.GradeReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;

/**
 * One commissioner's year in the assessment: approved visits, days, results and the targets' average
 * satisfaction; the score parts by the configured weights, total and grade with the reasons for it in
 * words; the months served the quota was pro-rated by; quota and risk; and whether (and by whom) a
 * leader confirmed it, which freezes the figures.
 */
@Schema(name = "AssessmentRow")
public record AssessmentRowResponse(
        long commissionerId,
        String commissionerName,
        @Schema(description = "The managing county") ApiRef county,
        int year,
        @Schema(description = "Months of the year in post (a month counts when the posting covers its 15th); "
                + "the quota and the results target are pro-rated to them") int monthsServed,
        long visits,
        BigDecimal days,
        long results,
        @Schema(description = "Average rating 0–100, null when none entered") BigDecimal satisfaction,
        @Schema(description = "false when no rating was entered (see the reasons for how that counted)") boolean satisfactionRated,
        BigDecimal serviceScore,
        BigDecimal resultsScore,
        BigDecimal satisfactionScore,
        BigDecimal total,
        @Schema(description = "UNASSESSED (未满考核期) when the commissioner served fewer months than the settings' minimum")
        Grade grade,
        List<Reason> reasons,
        boolean quotaMet,
        @Schema(description = "Short of the quota and not confirmed yet") boolean atRisk,
        boolean confirmed,
        String confirmedBy,
        LocalDateTime confirmedAt) {

    /**
     * One reason for the grade (a row's reasons come in the order the assessment page shows them): a stable
     * code and its text in the caller's language.
     */
    @Schema(name = "AssessmentReason", description = "One reason for the grade, in words: its code and its text "
            + "in the language of Accept-Language")
    public record Reason(@Schema(description = "e.g. assessment.reason.quotaShortProrated") String code, String text) {
    }

    static AssessmentRowResponse of(AssessmentRow row, Function<GradeReason, String> texts) {
        var figures = row.figures();
        var score = row.score();
        return new AssessmentRowResponse(
                row.commissioner().getId(),
                row.commissioner().getName(),
                ApiRef.of(row.commissioner().getCounty()),
                row.year(),
                score.monthsServed(),
                figures.visits(),
                figures.days(),
                figures.results(),
                figures.satisfaction(),
                figures.satisfaction() != null,
                score.service(),
                score.results(),
                score.satisfaction(),
                score.total(),
                score.grade(),
                score.reasons().stream().map(reason -> new Reason(reason.key(), texts.apply(reason))).toList(),
                score.quotaMet(),
                row.isAtRisk(),
                row.isConfirmed(),
                row.confirmation().map(Assessment::getConfirmedBy).orElse(null),
                row.confirmation().map(Assessment::getConfirmedAt).orElse(null));
    }
}
