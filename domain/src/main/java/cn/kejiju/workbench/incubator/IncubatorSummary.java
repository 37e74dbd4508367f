package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.commissioner.FigureTally;
import cn.kejiju.workbench.commissioner.StatisticsPeriod;
import cn.kejiju.workbench.commissioner.SummaryFigure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The incubator figures of a period for the city or one county, each with its value at the start of the
 * period and the same period last year (同比), the table of counties and the carriers with their recognition
 * indicators. The period, the tallies and the growth arithmetic are those of the commissioner statistics.
 *
 * <p>Definitions (docs/modules.md repeats them):
 * <ul>
 * <li>A tenant (在孵企业) <em>at a day</em> entered on or before it and has not exited before it (the exit day
 *     is its last day). {@code tenants}: at the first and the last day; new: entered within the period.</li>
 * <li>{@code totalArea}: the units' area (today's units); {@code letArea}: the area of the lettings running on
 *     the day; {@code occupancyPercent} = let ÷ total × 100; {@code tenantsPerThousand} = tenants ÷ total
 *     area × 1000 (two decimals).</li>
 * <li>{@code graduatesTotal}: incubatees graduated on or before the day (cumulative, the recognition
 *     indicator); {@code graduates} and {@code exits.R}: exits within the period (by reason R).</li>
 * <li>{@code patentApplicants} / {@code financed}: distinct incubatees whose yearly figures of a year the period
 *     touches show patents applied for / investment received above zero; {@code investment}, {@code revenue}
 *     (万元), {@code patentsApplied}, {@code patentsGranted}: sums of those years' figures.</li>
 * <li>The city's figures are the sums of its counties'.</li>
 * </ul>
 */
public record IncubatorSummary(StatisticsPeriod period, StatisticsPeriod lastYearPeriod, Long county,
                               String countyName, List<SummaryFigure> figures, List<CountyRow> counties,
                               List<CarrierRow> carriers) {

    public static final List<String> STOCKS = List.of("tenants", "totalArea", "letArea", "graduatesTotal");
    public static final List<String> FLOWS = List.of("graduates", "exits", "exits.GRADUATED", "exits.MOVED_OUT",
            "exits.FAILED", "exits.EXPELLED", "patentApplicants", "financed", "investment", "revenue",
            "patentsApplied", "patentsGranted");

    public IncubatorSummary {
        figures = List.copyOf(figures);
        counties = List.copyOf(counties);
        carriers = List.copyOf(carriers);
    }

    /** Puts the tallies together ({@code county} null: the city, the sum of the counties). */
    public static IncubatorSummary of(StatisticsPeriod period, Map<Long, String> countyNames, Long county,
                                      Map<Long, FigureTally> now, Map<Long, FigureTally> lastYear,
                                      List<CarrierRow> carriers) {
        List<CountyRow> rows = new ArrayList<>();
        countyNames.forEach((id, name) -> rows.add(CountyRow.of(id, name, now.getOrDefault(id, new FigureTally()))));
        if (countyNames.size() > 1) {
            rows.add(CountyRow.of(null, null, FigureTally.sum(now.values())));
        }
        FigureTally shown = county == null ? FigureTally.sum(now.values()) : now.getOrDefault(county, new FigureTally());
        FigureTally before = county == null ? FigureTally.sum(lastYear.values())
                : lastYear.getOrDefault(county, new FigureTally());
        return new IncubatorSummary(period, lastYearOf(period), county,
                county == null ? null : countyNames.get(county), figures(shown, before), rows,
                carriers.stream().filter(c -> county == null || county.equals(c.countyId())).toList());
    }

    /** The same days one year earlier. */
    public static StatisticsPeriod lastYearOf(StatisticsPeriod period) {
        return new StatisticsPeriod(period.from().minusYears(1), period.to().minusYears(1));
    }

    /** The figures, stocks first, then the two ratios, then the flows. */
    static List<SummaryFigure> figures(FigureTally now, FigureTally before) {
        List<SummaryFigure> figures = new ArrayList<>();
        figures.add(SummaryFigure.stock("tenants", now, before));
        for (String key : List.of("totalArea", "letArea", "graduatesTotal")) {
            figures.add(stock(key, now.get(key + ".start"), now.get(key + ".end"), before.get(key + ".end")));
        }
        figures.add(stock("occupancyPercent",
                CarrierFigures.percent(now.get("letArea.start"), now.get("totalArea.start")),
                CarrierFigures.percent(now.get("letArea.end"), now.get("totalArea.end")),
                CarrierFigures.percent(before.get("letArea.end"), before.get("totalArea.end"))));
        figures.add(stock("tenantsPerThousand",
                CarrierFigures.perThousand(now.get("tenants.start"), now.get("totalArea.start")),
                CarrierFigures.perThousand(now.get("tenants.end"), now.get("totalArea.end")),
                CarrierFigures.perThousand(before.get("tenants.end"), before.get("totalArea.end"))));
        for (String flow : FLOWS) {
            figures.add(SummaryFigure.flow(flow, now, before));
        }
        return figures;
    }

    private static SummaryFigure stock(String key, BigDecimal start, BigDecimal end, BigDecimal lastYear) {
        return new SummaryFigure(key, true, start, end, end.subtract(start), null, lastYear,
                SummaryFigure.growth(end, lastYear));
    }

    public SummaryFigure figure(String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(key));
    }

    /** One county's key figures at the end of the period (the city's total without id and name). */
    public record CountyRow(Long countyId, String county, long tenants, long tenantsNew, BigDecimal totalArea,
                            BigDecimal letArea, BigDecimal occupancyPercent, BigDecimal tenantsPerThousand,
                            long graduates, long exits, long patentApplicants, long financed) {

        static CountyRow of(Long id, String name, FigureTally t) {
            BigDecimal total = t.get("totalArea.end");
            BigDecimal let = t.get("letArea.end");
            return new CountyRow(id, name, t.get("tenants.end").longValue(), t.get("tenants.new").longValue(), total,
                    let, CarrierFigures.percent(let, total), CarrierFigures.perThousand(t.get("tenants.end"), total),
                    t.get("graduates").longValue(), t.get("exits").longValue(), t.get("patentApplicants").longValue(),
                    t.get("financed").longValue());
        }
    }

    /**
     * One carrier at the end of the period, with the period's new tenants and graduates, and its recognition
     * indicators against its own level's thresholds (none for a carrier not recognised).
     */
    public record CarrierRow(long carrierId, String name, long countyId, String county, RecognitionLevel level,
                             CarrierFigures figures, long tenantsNew, long graduates,
                             List<RecognitionThreshold.Indicator> indicators) {

        public CarrierRow {
            indicators = List.copyOf(indicators);
        }

        /** Whether every indicator is met (false for a carrier without indicators). */
        public boolean allMet() {
            return !indicators.isEmpty() && indicators.stream().allMatch(RecognitionThreshold.Indicator::met);
        }
    }
}
