package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.CountyRow;
import cn.kejiju.workbench.commissioner.IntroducedItem;
import cn.kejiju.workbench.commissioner.PeriodSummary;
import cn.kejiju.workbench.commissioner.SummaryFigure;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The figures of a work summary's paragraph for a period (see docs/modules.md for their definitions). */
@Schema(name = "CommissionerStatisticsSummary", description = "The summary paragraph's figures of a period for the "
        + "city or one county, each with its value at the start of the period, the change, the same period last "
        + "year and the growth over it; counties: one row per county the caller sees, then (city callers) the city's "
        + "total without countyId; items: the named varieties and technologies introduced, by date")
public record SummaryResponse(
        LocalDate from,
        LocalDate to,
        @Schema(description = "First day of the same period last year") LocalDate lastYearFrom,
        @Schema(description = "Last day of the same period last year") LocalDate lastYearTo,
        @Schema(description = "The county shown; absent for the whole city") Long countyId,
        @Schema(description = "The county's name; absent for the whole city") String county,
        List<Figure> figures,
        List<County> counties,
        List<Item> items) {

    /** One figure. */
    @Schema(name = "StatisticsSummaryFigure", description = "Keys: commissioners, commissioners.{field}, "
            + "commissioners.{field}.{level} (stocks: head counts at the first and the last day of the period); "
            + "enterprisesLinked, enterprisesLinkedByNew, visits, serviceDays, trainings, trainings.{field}, "
            + "peopleTrained, peopleTrained.{field}, varieties, varietyIntroductions, technologies, "
            + "technologyIntroductions, income (flows: totals of the period). field: AGRICULTURE, INDUSTRY, OTHER; "
            + "level: COUNTY, CITY, PROVINCE")
    public record Figure(
            String key,
            @Schema(description = "true for a head count (stock), false for a total of the period (flow)") boolean stock,
            @Schema(description = "Stocks: serving on the first day; absent for flows") BigDecimal atStart,
            @Schema(description = "Stocks: serving on the last day; flows: the period's total") BigDecimal value,
            @Schema(description = "Stocks: value − atStart; absent for flows") BigDecimal change,
            @Schema(description = "Stocks: posted within the period; absent for flows") BigDecimal newInPeriod,
            @Schema(description = "The same figure for the same days one year earlier") BigDecimal lastYear,
            @Schema(description = "(value − lastYear) / lastYear × 100, one decimal; absent when lastYear is 0")
            BigDecimal growthPercent) {
    }

    /** One county's key figures. */
    @Schema(name = "StatisticsCountyRow")
    public record County(
            @Schema(description = "Absent on the city's total row") Long countyId,
            @Schema(description = "The county's name; absent on the city's total row") String county,
            @Schema(description = "Serving on the last day") long commissioners,
            long commissionersNew,
            @Schema(description = "Agricultural, serving on the last day") long agricultural,
            @Schema(description = "Of the agricultural ones, posted by the city (市派)") long agriculturalCity,
            long industrialNew,
            @Schema(description = "Distinct enterprises the new industrial commissioners are assigned to")
            long enterprisesLinkedByNew,
            long visits,
            long trainings,
            long peopleTrained,
            long introductions,
            @Schema(description = "万元") BigDecimal income) {
    }

    /** A named variety or technology introduced by an approved log of the period. */
    @Schema(name = "StatisticsIntroducedItem")
    public record Item(String name, @Schema(enumeration = {"VARIETY", "TECHNOLOGY"}) String kind, String county,
                       String commissioner, LocalDate date) {
    }

    static SummaryResponse of(PeriodSummary s) {
        return new SummaryResponse(s.period().from(), s.period().to(), s.lastYearPeriod().from(), s.lastYearPeriod().to(),
                s.county(), s.countyName(),
                s.figures().stream().map(SummaryResponse::figure).toList(),
                s.counties().stream().map(SummaryResponse::county).toList(),
                s.items().stream().map(i -> new Item(i.name(), i.kind().name(), i.county(), i.commissioner(), i.date()))
                        .toList());
    }

    private static Figure figure(SummaryFigure f) {
        return new Figure(f.key(), f.stock(), f.atStart(), f.value(), f.change(), f.newInPeriod(), f.lastYear(),
                f.growthPercent());
    }

    private static County county(CountyRow r) {
        return new County(r.countyId(), r.county(), r.commissioners(), r.commissionersNew(), r.agricultural(),
                r.agriculturalCity(), r.industrialNew(), r.enterprisesLinkedByNew(), r.visits(), r.trainings(),
                r.peopleTrained(), r.introductions(), r.income());
    }
}
