package cn.kejiju.workbench.financing.api;

import cn.kejiju.workbench.commissioner.SummaryFigure;
import cn.kejiju.workbench.financing.FinancingStatistics;
import cn.kejiju.workbench.financing.GuarantorCategory;
import cn.kejiju.workbench.financing.Yuan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The financing figures of a period (definitions in docs/modules.md); every number a decimal string. */
@Schema(name = "FinancingStatistics", description = "The financing figures of a period for the city or one county, "
        + "each with its value at the start of the period (the end of the day before) and the same period last year "
        + "(同比); counties: one row per county the caller sees, then (city callers) the city's total without countyId; "
        + "guarantors: each guarantee company's outstanding balance (在保余额) in the scope on the last day and its "
        + "headroom against multiple × net assets as the approval checks count it today; agreements: each "
        + "cooperation agreement's quota used. Money in yuan as decimal strings with two places.")
public record FinancingStatisticsResponse(
        LocalDate from,
        LocalDate to,
        LocalDate lastYearFrom,
        LocalDate lastYearTo,
        @Schema(description = "The county shown; absent for the whole city") Long countyId,
        String county,
        @Schema(description = "代偿率 = compensation paid in the period ÷ guarantees released (解保) in the period × 100; "
                + "absent when nothing was released") String compensationRateDefinition,
        List<Figure> figures,
        List<County> counties,
        List<Guarantor> guarantors,
        List<Agreement> agreements) {

    static final String RATE_DEFINITION = "compensationAmount / released * 100 (percent, 2 decimals, half up); "
            + "null when released is 0";

    /** One figure. */
    @Schema(name = "FinancingStatisticsFigure", description = "Keys: cumulative, cumulativeCount, outstanding, "
            + "outstandingCount, loans.{class}, balance.{class} (stocks: at the start and at the last day); newCount, "
            + "newAmount, released, releasedCount, compensations, compensationAmount, recoveries, recoveryCount, "
            + "compensationRate (flows of the period); class: NORMAL, SPECIAL_MENTION, SUBSTANDARD, DOUBTFUL, LOSS")
    public record Figure(String key,
                         @Schema(description = "YUAN, COUNT or PERCENT") String unit,
                         boolean stock,
                         @Schema(description = "Stocks: at the end of the day before the period") String atStart,
                         @Schema(description = "Stocks: on the last day; flows: the period's total; absent for a "
                                 + "rate without denominator") String value,
                         String change,
                         @Schema(description = "cumulative: started within the period") String newInPeriod,
                         @Schema(description = "The same figure for the same days one year earlier") String lastYear,
                         @Schema(description = "Growth over last year in percent, one decimal; absent when last year is 0")
                         String growthPercent) {

        static Figure of(SummaryFigure f) {
            String unit = FinancingStatistics.unitOf(f.key());
            return new Figure(f.key(), unit, f.stock(), text(f.atStart(), unit), text(f.value(), unit),
                    text(f.change(), unit), text(f.newInPeriod(), unit), text(f.lastYear(), unit),
                    f.growthPercent() == null ? null : f.growthPercent().toPlainString());
        }
    }

    /** One county's key figures of the period. */
    @Schema(name = "FinancingStatisticsCounty")
    public record County(@Schema(description = "Absent on the city's total row") Long countyId, String county,
                         long newCount, String newAmount, String cumulative, String outstanding, long compensations,
                         String compensationAmount, String released,
                         @Schema(description = "Absent when nothing was released") String compensationRate,
                         String recoveries,
                         @Schema(description = "Loans past due (any class but NORMAL) on the last day") long overdueLoans,
                         String overdueBalance) {

        static County of(FinancingStatistics.CountyRow r) {
            return new County(r.countyId(), r.county(), r.newCount(), Yuan.plain(r.newAmount()),
                    Yuan.plain(r.cumulative()), Yuan.plain(r.outstanding()), r.compensations(),
                    Yuan.plain(r.compensationAmount()), Yuan.plain(r.released()), percent(r.compensationRate()),
                    Yuan.plain(r.recoveries()), r.overdueLoans(), Yuan.plain(r.overdueBalance()));
        }
    }

    /** A guarantee company with its balance and headroom. */
    @Schema(name = "FinancingStatisticsGuarantor")
    public record Guarantor(long partnerId, String name, GuarantorCategory category, String netAssets,
                            LocalDate netAssetsOn, int multiple,
                            @Schema(description = "在保余额 within the scope on the last day") String outstanding,
                            long outstandingCount,
                            @Schema(description = "Guarantees in force on the whole platform, as the limit counts them")
                            String inForce,
                            @Schema(description = "multiple × net assets") String cap,
                            @Schema(description = "cap − in force, never below 0") String headroom) {

        static Guarantor of(FinancingStatistics.GuarantorRow r) {
            return new Guarantor(r.partnerId(), r.name(), r.category(), Yuan.plain(r.netAssets()), r.netAssetsOn(),
                    r.multiple(), Yuan.plain(r.outstanding()), r.outstandingCount(), Yuan.plain(r.inForce()),
                    Yuan.plain(r.cap()), Yuan.plain(r.headroom()));
        }
    }

    /** A cooperation agreement with its quota used. */
    @Schema(name = "FinancingStatisticsAgreement")
    public record Agreement(long agreementId, String guarantor, String counterparty, String quota, LocalDate validFrom,
                            LocalDate validTo,
                            @Schema(description = "Guarantees in force under it, as the quota check counts them") String used,
                            String headroom,
                            @Schema(description = "在保余额 under it within the scope on the last day") String outstanding) {

        static Agreement of(FinancingStatistics.AgreementRow r) {
            return new Agreement(r.agreementId(), r.guarantor(), r.counterparty(), Yuan.plain(r.quota()),
                    r.validFrom(), r.validTo(), Yuan.plain(r.used()), Yuan.plain(r.headroom()),
                    Yuan.plain(r.outstanding()));
        }
    }

    private static String text(BigDecimal value, String unit) {
        if (value == null) {
            return null;
        }
        return switch (unit) {
            case "YUAN" -> Yuan.plain(value);
            case "COUNT" -> value.toBigInteger().toString();
            default -> value.toPlainString();
        };
    }

    private static String percent(BigDecimal rate) {
        return rate == null ? null : rate.toPlainString();
    }

    static FinancingStatisticsResponse of(FinancingStatistics s) {
        return new FinancingStatisticsResponse(s.period().from(), s.period().to(), s.lastYearPeriod().from(),
                s.lastYearPeriod().to(), s.county(), s.countyName(), RATE_DEFINITION,
                s.figures().stream().map(Figure::of).toList(), s.counties().stream().map(County::of).toList(),
                s.guarantors().stream().map(Guarantor::of).toList(),
                s.agreements().stream().map(Agreement::of).toList());
    }
}
