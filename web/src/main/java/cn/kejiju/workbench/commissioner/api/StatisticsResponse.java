package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.CommissionerStatistics;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The commissioner programme's figures for a period, as a work summary quotes them. Only approved logs
 * count; varieties and technologies are counted as distinct named items and as introductions.
 */
@Schema(name = "CommissionerStatistics", description = "The figures of a period. byField: commissioners by field, new "
        + "in the period and serving; targetsServed: distinct targets served, by target kind")
public record StatisticsResponse(
        LocalDate from,
        LocalDate to,
        List<Breakdown> byField,
        List<Breakdown> byKind,
        List<Breakdown> byDispatchLevel,
        long commissionersServing,
        long commissionersNew,
        List<Count> targetsServed,
        long targetsServedTotal,
        long visits,
        BigDecimal serviceDays,
        long trainings,
        long peopleTrained,
        long varietiesDistinct,
        long varietyIntroductions,
        long technologiesDistinct,
        long technologyIntroductions,
        long cooperationAgreements,
        long patentSupports,
        long venturesCreated,
        long demonstrationBases,
        @Schema(description = "万元") BigDecimal income,
        @Schema(description = "万元, from recorded adoptions") BigDecimal adoptionIncome,
        @Schema(description = "The year whose quota is checked: the year the period ends in") int quotaYear,
        long quotaShortfalls,
        List<Month> months) {

    /** Commissioners of one field, kind or dispatch level. */
    @Schema(name = "StatisticsBreakdown")
    public record Breakdown(String key, long newInPeriod, long serving) {
    }

    /** A count per key. */
    @Schema(name = "StatisticsCount")
    public record Count(String key, long count) {
    }

    /** One month of the period: approved visits and people trained. */
    @Schema(name = "StatisticsMonth")
    public record Month(@Schema(description = "yyyy-mm", example = "2026-03") String month, long visits,
                        long peopleTrained) {
    }

    static StatisticsResponse of(CommissionerStatistics s) {
        return new StatisticsResponse(
                s.period().from(),
                s.period().to(),
                breakdowns(s.byField()),
                breakdowns(s.byKind()),
                breakdowns(s.byDispatchLevel()),
                s.commissionersServing(),
                s.commissionersNew(),
                s.targetsServed().stream().map(c -> new Count(c.key(), c.count())).toList(),
                s.targetsServedTotal(),
                s.visits(),
                s.serviceDays(),
                s.trainings(),
                s.peopleTrained(),
                s.varietiesDistinct(),
                s.varietyIntroductions(),
                s.technologiesDistinct(),
                s.technologyIntroductions(),
                s.cooperationAgreements(),
                s.patentSupports(),
                s.venturesCreated(),
                s.demonstrationBases(),
                s.income(),
                s.adoptionIncome(),
                s.quotaYear(),
                s.quotaShortfalls(),
                s.months().stream().map(m -> new Month(m.month().toString(), m.visits(), m.peopleTrained())).toList());
    }

    private static List<Breakdown> breakdowns(List<CommissionerStatistics.Breakdown> breakdowns) {
        return breakdowns.stream().map(b -> new Breakdown(b.key(), b.newInPeriod(), b.serving())).toList();
    }
}
