package cn.kejiju.workbench.project.api;

import cn.kejiju.workbench.commissioner.SummaryFigure;
import cn.kejiju.workbench.project.ProgrammeLevel;
import cn.kejiju.workbench.project.ProjectSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The project and innovation indicator figures of a period (definitions in docs/modules.md). */
@Schema(name = "ProjectStatistics", description = "The S&T plan project and innovation indicator figures of a period "
        + "for the city or one county, each with its value at the start of the period and the same period last year "
        + "(同比); programmes: each programme with applications or results in the period; counties: one row per county "
        + "the caller sees, then (city callers) the city's total without countyId. Numbers and amounts (yuan) are "
        + "decimal strings. The county's own plan (县级科技计划) is not part of it yet.")
public record ProjectStatisticsResponse(
        LocalDate from,
        LocalDate to,
        LocalDate lastYearFrom,
        LocalDate lastYearTo,
        @Schema(description = "The county shown; absent for the whole city") Long countyId,
        String county,
        List<Figure> figures,
        List<Programme> programmes,
        List<County> counties) {

    /** One figure. */
    @Schema(name = "ProjectStatisticsFigure", description = "Flows (summed over the period): applications, "
            + "applications.{level}, approvals, approvals.{level}, decided, funds, funds.{NATIONAL|PROVINCIAL|CITY} "
            + "(yuan), received (yuan), acceptancesDue, patentsApplied[.{type}], patentsGranted[.{type}], "
            + "highTechRecognised; successRate (percent, absent when nothing was decided); stocks (on the first and "
            + "the last day): acceptancesOverdue, highTechValid, highTechExpiring")
    public record Figure(String key, boolean stock,
                         @Schema(description = "Stocks: on the first day; flows: the year's total before the period "
                                 + "(本年累计至期初)") String atStart,
                         @Schema(description = "Stocks: on the last day; flows: the period's total") String value,
                         @Schema(description = "Stocks: last day − first day") String change,
                         @Schema(description = "The same figure for the same days one year earlier") String lastYear,
                         @Schema(description = "Growth over last year in percent, one decimal; absent when last year is 0")
                         String growthPercent) {

        static Figure of(SummaryFigure f) {
            return new Figure(f.key(), f.stock(), text(f.atStart()), text(f.value()), text(f.change()),
                    text(f.lastYear()), text(f.growthPercent()));
        }
    }

    /** One programme's figures of the period. */
    @Schema(name = "ProjectStatisticsProgramme")
    public record Programme(long programmeId, String name, ProgrammeLevel level, long applications, long approvals,
                            long decided,
                            @Schema(description = "Percent; absent when nothing was decided") String successRate,
                            @Schema(description = "Yuan granted to the approvals of the period") String funds,
                            @Schema(description = "Yuan received in the period") String received) {

        static Programme of(ProjectSummary.ProgrammeRow r) {
            return new Programme(r.programmeId(), r.name(), r.level(), r.applications(), r.approvals(), r.decided(),
                    text(r.successRate()), text(r.funds()), text(r.received()));
        }
    }

    /** One county's key figures of the period. */
    @Schema(name = "ProjectStatisticsCounty")
    public record County(@Schema(description = "Absent on the city's total row") Long countyId, String county,
                         long applications, long approvals,
                         @Schema(description = "Percent; absent when nothing was decided") String successRate,
                         @Schema(description = "Yuan") String funds, @Schema(description = "Yuan") String received,
                         long acceptancesDue,
                         @Schema(description = "On the last day") long acceptancesOverdue, long patentsApplied,
                         long patentsGranted, long highTechRecognised,
                         @Schema(description = "On the last day") long highTechValid) {

        static County of(ProjectSummary.CountyRow r) {
            return new County(r.countyId(), r.county(), r.applications(), r.approvals(), text(r.successRate()),
                    text(r.funds()), text(r.received()), r.acceptancesDue(), r.acceptancesOverdue(),
                    r.patentsApplied(), r.patentsGranted(), r.highTechRecognised(), r.highTechValid());
        }
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    static ProjectStatisticsResponse of(ProjectSummary s) {
        return new ProjectStatisticsResponse(s.period().from(), s.period().to(), s.lastYearPeriod().from(),
                s.lastYearPeriod().to(), s.county(), s.countyName(), s.figures().stream().map(Figure::of).toList(),
                s.programmes().stream().map(Programme::of).toList(), s.counties().stream().map(County::of).toList());
    }
}
