package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.commissioner.SummaryFigure;
import cn.kejiju.workbench.incubator.IncubatorSummary;
import cn.kejiju.workbench.incubator.RecognitionLevel;
import cn.kejiju.workbench.incubator.RecognitionThreshold;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The incubator figures of a period (definitions in docs/modules.md). */
@Schema(name = "IncubatorStatistics", description = "The incubator figures of a period for the city or one county "
        + "(or one carrier), each with its value at the start of the period and the same period last year (同比); "
        + "counties: one row per county the caller sees, then (city callers) the city's total without countyId; "
        + "carriers: each carrier at the end of the period with its recognition indicators")
public record IncubatorStatisticsResponse(
        LocalDate from,
        LocalDate to,
        LocalDate lastYearFrom,
        LocalDate lastYearTo,
        @Schema(description = "The county shown; absent for the whole city") Long countyId,
        String county,
        List<Figure> figures,
        List<County> counties,
        List<Carrier> carriers) {

    /** One figure. */
    @Schema(name = "IncubatorStatisticsFigure", description = "Keys: tenants, totalArea, letArea, graduatesTotal, "
            + "occupancyPercent, tenantsPerThousand (stocks: at the first and the last day); graduates, exits, "
            + "exits.{reason}, patentApplicants, financed, investment, revenue (万元), patentsApplied, patentsGranted "
            + "(flows of the period)")
    public record Figure(String key, boolean stock,
                         @Schema(description = "Stocks: on the first day") BigDecimal atStart,
                         @Schema(description = "Stocks: on the last day; flows: the period's total") BigDecimal value,
                         BigDecimal change,
                         @Schema(description = "tenants: entered within the period") BigDecimal newInPeriod,
                         @Schema(description = "The same figure for the same days one year earlier") BigDecimal lastYear,
                         @Schema(description = "Growth over last year in percent, one decimal; absent when last year is 0")
                         BigDecimal growthPercent) {

        static Figure of(SummaryFigure f) {
            return new Figure(f.key(), f.stock(), f.atStart(), f.value(), f.change(), f.newInPeriod(), f.lastYear(),
                    f.growthPercent());
        }
    }

    /** One county's key figures at the end of the period. */
    @Schema(name = "IncubatorStatisticsCounty")
    public record County(@Schema(description = "Absent on the city's total row") Long countyId, String county,
                         long tenants, long tenantsNew, BigDecimal totalArea, BigDecimal letArea,
                         BigDecimal occupancyPercent, BigDecimal tenantsPerThousand, long graduates, long exits,
                         long patentApplicants, long financed) {

        static County of(IncubatorSummary.CountyRow r) {
            return new County(r.countyId(), r.county(), r.tenants(), r.tenantsNew(), r.totalArea(), r.letArea(),
                    r.occupancyPercent(), r.tenantsPerThousand(), r.graduates(), r.exits(), r.patentApplicants(),
                    r.financed());
        }
    }

    /** A carrier at the end of the period; indicators against its level's thresholds (empty when not recognised). */
    @Schema(name = "IncubatorStatisticsCarrier", description = "A carrier at the end of the period; indicators: against "
            + "the thresholds of its recognition level, empty when it is not recognised")
    public record Carrier(long carrierId, String name, long countyId, String county, RecognitionLevel level,
                          BigDecimal totalArea, BigDecimal letArea, BigDecimal occupancyPercent, long tenants,
                          BigDecimal tenantsPerThousand, long tenantsNew, long graduates,
                          @Schema(description = "Graduated up to the last day") long graduatesTotal,
                          List<Indicator> indicators) {

        static Carrier of(IncubatorSummary.CarrierRow r) {
            return new Carrier(r.carrierId(), r.name(), r.countyId(), r.county(), r.level(), r.figures().totalArea(),
                    r.figures().letArea(), r.figures().occupancyPercent(), r.figures().tenants(),
                    r.figures().tenantsPerThousand(), r.tenantsNew(), r.graduates(), r.figures().graduatesTotal(),
                    r.indicators().stream().map(Indicator::of).toList());
        }
    }

    /** A recognition indicator. */
    @Schema(name = "RecognitionIndicator", description = "key: tenants, tenantsPerThousand, occupancyPercent, graduatesTotal")
    public record Indicator(String key, BigDecimal value, BigDecimal required, boolean met) {

        static Indicator of(RecognitionThreshold.Indicator i) {
            return new Indicator(i.key(), i.value(), i.required(), i.met());
        }
    }

    static IncubatorStatisticsResponse of(IncubatorSummary s) {
        return new IncubatorStatisticsResponse(s.period().from(), s.period().to(), s.lastYearPeriod().from(),
                s.lastYearPeriod().to(), s.county(), s.countyName(), s.figures().stream().map(Figure::of).toList(),
                s.counties().stream().map(County::of).toList(), s.carriers().stream().map(Carrier::of).toList());
    }
}
