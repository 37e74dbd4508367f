package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.commissioner.FigureTally;
import cn.kejiju.workbench.commissioner.StatisticsPeriod;
import cn.kejiju.workbench.commissioner.SummaryFigure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The financing statistics of a period (融资统计) for the city or one county: each figure with its value at the
 * start of the period and the same period last year (同比), the table of counties, the guarantee companies with
 * their balance and headroom, the cooperation agreements with their quota used. The period, the tallies and the
 * growth arithmetic are those of the commissioner statistics.
 *
 * <p>Definitions (docs/modules.md repeats them):
 * <ul>
 * <li>Financing is what approved applications borrowed under a guarantee in force (as the work summary counts
 *     it): {@code newCount} / {@code newAmount} the guarantees that started within the period (the applications'
 *     amounts), {@code cumulative} / {@code cumulativeCount} every one started by the day.</li>
 * <li>A guarantee is outstanding (在保) on every day from its start date to its end date, both included;
 *     {@code outstanding} is the guaranteed amount of those outstanding on the day (在保余额). It is released
 *     (解保) the day after its end date; {@code released} sums the guarantees released within the period, so
 *     outstanding at the end = at the start + new − released.</li>
 * <li>A stock's value at the start is the one at the end of the day before the first day.</li>
 * <li>{@code compensations} / {@code compensationAmount}: compensations (代偿) paid within the period;
 *     {@code recoveries} / {@code recoveryCount}: recoveries (追偿) received within it.</li>
 * <li>{@code compensationRate} (代偿率) = compensation paid in the period ÷ guarantees released in the period ×
 *     100, in percent with two decimals (half up); none ("—") when nothing was released.</li>
 * <li>{@code loans.C} / {@code balance.C}: the loans outstanding on the day (disbursed by it, not compensated
 *     by it, principal not repaid in full by it) in five-category class C by their days past due on the day
 *     (the oldest instalment not settled by the day), and their principal still owed; a day still to come is
 *     read as today.</li>
 * <li>The city's figures are the sums of its counties'.</li>
 * </ul>
 */
public record FinancingStatistics(StatisticsPeriod period, StatisticsPeriod lastYearPeriod, Long county,
                                  String countyName, List<SummaryFigure> figures, List<CountyRow> counties,
                                  List<GuarantorRow> guarantors, List<AgreementRow> agreements) {

    public static final List<String> STOCKS = List.of("cumulative", "cumulativeCount", "outstanding",
            "outstandingCount");
    public static final List<String> FLOWS = List.of("newCount", "newAmount", "released", "releasedCount",
            "compensations", "compensationAmount", "recoveries", "recoveryCount");
    public static final String RATE = "compensationRate";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public FinancingStatistics {
        figures = List.copyOf(figures);
        counties = List.copyOf(counties);
        guarantors = List.copyOf(guarantors);
        agreements = List.copyOf(agreements);
    }

    /**
     * 代偿率: compensation paid ÷ guarantees released × 100, two decimals half up; null (shown "—") when nothing
     * was released, whatever was paid.
     */
    public static BigDecimal compensationRate(BigDecimal compensationPaid, BigDecimal released) {
        if (released == null || released.signum() == 0) {
            return null;
        }
        return compensationPaid.multiply(HUNDRED).divide(released, 2, RoundingMode.HALF_UP);
    }

    /** The unit of a figure's key: YUAN, COUNT or PERCENT (the compensation rate). */
    public static String unitOf(String key) {
        if (key.equals(RATE)) {
            return "PERCENT";
        }
        if (key.endsWith("Count") || key.equals("compensations") || key.startsWith("loans.")) {
            return "COUNT";
        }
        return "YUAN";
    }

    /** The same days one year earlier. */
    public static StatisticsPeriod lastYearOf(StatisticsPeriod period) {
        return new StatisticsPeriod(period.from().minusYears(1), period.to().minusYears(1));
    }

    /** The day whose end is the start of the period: the day before its first. */
    public static LocalDate startDay(StatisticsPeriod period) {
        return period.from().minusDays(1);
    }

    /**
     * The day the loans are classified on for a stock's {@code day}: that day, or today when it is still to come
     * (a period that ends in the future shows the loans as they stand today).
     */
    public static LocalDate classificationDay(LocalDate day, LocalDate today) {
        return day.isAfter(today) ? today : day;
    }

    /** Puts the tallies together ({@code county} null: the city, the sum of the counties). */
    public static FinancingStatistics of(StatisticsPeriod period, Map<Long, String> countyNames, Long county,
                                         Map<Long, FigureTally> now, Map<Long, FigureTally> lastYear,
                                         List<GuarantorRow> guarantors, List<AgreementRow> agreements) {
        List<CountyRow> rows = new ArrayList<>();
        countyNames.forEach((id, name) -> rows.add(CountyRow.of(id, name, now.getOrDefault(id, new FigureTally()))));
        if (countyNames.size() > 1) {
            rows.add(CountyRow.of(null, null, FigureTally.sum(now.values())));
        }
        FigureTally shown = county == null ? FigureTally.sum(now.values()) : now.getOrDefault(county, new FigureTally());
        FigureTally before = county == null ? FigureTally.sum(lastYear.values())
                : lastYear.getOrDefault(county, new FigureTally());
        return new FinancingStatistics(period, lastYearOf(period), county,
                county == null ? null : countyNames.get(county), figures(shown, before), rows, guarantors, agreements);
    }

    /** The stocks, the flows, the compensation rate, then the loans and their balance by class. */
    static List<SummaryFigure> figures(FigureTally now, FigureTally before) {
        List<SummaryFigure> figures = new ArrayList<>();
        for (String stock : STOCKS) {
            figures.add(SummaryFigure.stock(stock, now, before));
        }
        for (String flow : FLOWS) {
            figures.add(SummaryFigure.flow(flow, now, before));
        }
        figures.add(new SummaryFigure(RATE, false, null,
                compensationRate(now.get("compensationAmount"), now.get("released")), null, null,
                compensationRate(before.get("compensationAmount"), before.get("released")), null));
        for (LoanClass c : LoanClass.values()) {
            figures.add(SummaryFigure.stock("loans." + c.name(), now, before));
            figures.add(SummaryFigure.stock("balance." + c.name(), now, before));
        }
        return figures;
    }

    public SummaryFigure figure(String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(key));
    }

    /** One county's key figures of the period (the city's total without id and name). */
    public record CountyRow(Long countyId, String county, long newCount, BigDecimal newAmount, BigDecimal cumulative,
                            BigDecimal outstanding, long compensations, BigDecimal compensationAmount,
                            BigDecimal released, BigDecimal compensationRate, BigDecimal recoveries,
                            long overdueLoans, BigDecimal overdueBalance) {

        static CountyRow of(Long id, String name, FigureTally t) {
            long overdue = 0;
            BigDecimal overdueBalance = BigDecimal.ZERO;
            for (LoanClass c : LoanClass.values()) {
                if (c != LoanClass.NORMAL) {
                    overdue += t.get("loans." + c.name() + ".end").longValue();
                    overdueBalance = overdueBalance.add(t.get("balance." + c.name() + ".end"));
                }
            }
            return new CountyRow(id, name, t.get("newCount").longValue(), t.get("newAmount"),
                    t.get("cumulative.end"), t.get("outstanding.end"), t.get("compensations").longValue(),
                    t.get("compensationAmount"), t.get("released"),
                    FinancingStatistics.compensationRate(t.get("compensationAmount"), t.get("released")),
                    t.get("recoveries"), overdue, overdueBalance);
        }
    }

    /**
     * A guarantee company: its outstanding balance within the scope on the last day of the period, and against
     * its liability limit as the approval checks count it today (every guarantee in force on the platform):
     * the cap (capacity multiple × net assets), the liability in force and the headroom left (never below 0).
     */
    public record GuarantorRow(long partnerId, String name, GuarantorCategory category, BigDecimal netAssets,
                               LocalDate netAssetsOn, int multiple, BigDecimal outstanding, long outstandingCount,
                               BigDecimal inForce) {

        public BigDecimal cap() {
            return check().cap();
        }

        public BigDecimal headroom() {
            return check().headroom();
        }

        private LimitCheck check() {
            return LimitCheck.of(LimitKind.LIABILITY, netAssets.multiply(BigDecimal.valueOf(multiple)), inForce,
                    BigDecimal.ZERO);
        }
    }

    /**
     * A cooperation agreement: its quota, the quota used as the approval checks count it today (guarantees in
     * force under it) and what is left, and its outstanding balance within the scope on the last day.
     */
    public record AgreementRow(long agreementId, String guarantor, String counterparty, BigDecimal quota,
                               LocalDate validFrom, LocalDate validTo, BigDecimal used, BigDecimal outstanding) {

        public BigDecimal headroom() {
            return LimitCheck.of(LimitKind.QUOTA, quota, used, BigDecimal.ZERO).headroom();
        }
    }
}
