package cn.kejiju.workbench.commissioner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The figures of a work summary's paragraph for a period, for the city or one county, each compared
 * with the start of the period and with the same period last year (同比), and the table of counties.
 *
 * <p>Definitions (docs/modules.md repeats them):
 * <ul>
 * <li>A commissioner is <em>serving at a day</em> when posted on or before it and not ended before it
 *     ({@code postedOn <= day} and ({@code endedOn} empty or {@code endedOn >= day}): the end day is the
 *     last day served). {@code commissioners…start} counts those serving on the period's first day,
 *     {@code …end} those serving on its last day, {@code …new} those posted within the period.</li>
 * <li>{@code commissioners.F} and {@code commissioners.F.L}: the same by field F (AGRICULTURE, INDUSTRY,
 *     OTHER) and dispatch level L (COUNTY, CITY = 市派, PROVINCE = 省派).</li>
 * <li>{@code enterprisesLinked}: distinct enterprises an industrial commissioner has an assignment to
 *     that runs on at least one day of the period (start date to the end date, or the early end);
 *     {@code enterprisesLinkedByNew}: the same for the industrial commissioners new in the period (联系企业).</li>
 * <li>Service figures count approved logs whose service day lies in the period: {@code visits} (logs),
 *     {@code serviceDays}, {@code trainings} (logs of kind training), {@code peopleTrained}, {@code income}
 *     (万元), and the same by the commissioner's field ({@code trainings.F}, {@code peopleTrained.F}).</li>
 * <li>{@code varieties} / {@code technologies}: distinct named items introduced by approved logs of the
 *     period; {@code …Introductions}: the number of (log, item) introductions.</li>
 * <li>The city's figures are the sums of its counties'.</li>
 * </ul>
 *
 * @param county   the county shown, null for the whole city
 * @param figures  the figures, stocks first
 * @param counties the table of counties (city users: each county, then the city's total; county users:
 *                 their county)
 * @param items    the named items introduced in the period, by date
 */
public record PeriodSummary(StatisticsPeriod period, StatisticsPeriod lastYearPeriod, Long county, String countyName,
                            List<SummaryFigure> figures, List<CountyRow> counties, List<IntroducedItem> items) {

    public static final List<String> FIELDS = List.of("AGRICULTURE", "INDUSTRY", "OTHER");
    public static final List<String> LEVELS = List.of("COUNTY", "CITY", "PROVINCE");
    public static final List<String> FLOWS = List.of("enterprisesLinked", "enterprisesLinkedByNew", "visits",
            "serviceDays", "trainings", "trainings.AGRICULTURE", "trainings.INDUSTRY", "trainings.OTHER",
            "peopleTrained", "peopleTrained.AGRICULTURE", "peopleTrained.INDUSTRY", "peopleTrained.OTHER",
            "varieties", "varietyIntroductions", "technologies", "technologyIntroductions", "income");

    public PeriodSummary {
        figures = List.copyOf(figures);
        counties = List.copyOf(counties);
        items = List.copyOf(items);
    }

    /** The last-year's period: the same days one year earlier (29 February becomes 28 February). */
    public static StatisticsPeriod lastYearOf(StatisticsPeriod period) {
        return new StatisticsPeriod(period.from().minusYears(1), period.to().minusYears(1));
    }

    /**
     * Puts the tallies together.
     *
     * @param countyNames the counties in their order (one for a county user), by id
     * @param county      the county chosen, or null for the city
     */
    public static PeriodSummary of(StatisticsPeriod period, Map<Long, String> countyNames, Long county,
                                   Map<Long, FigureTally> now, Map<Long, FigureTally> lastYear,
                                   List<IntroducedItem> items) {
        List<CountyRow> rows = new ArrayList<>();
        countyNames.forEach((id, name) -> rows.add(CountyRow.of(id, name, now.getOrDefault(id, new FigureTally()))));
        if (countyNames.size() > 1) {
            rows.add(CountyRow.of(null, null, FigureTally.sum(now.values())));
        }
        FigureTally shown = county == null ? FigureTally.sum(now.values()) : now.getOrDefault(county, new FigureTally());
        FigureTally before = county == null ? FigureTally.sum(lastYear.values())
                : lastYear.getOrDefault(county, new FigureTally());
        List<SummaryFigure> figures = new ArrayList<>();
        figures.add(SummaryFigure.stock("commissioners", shown, before));
        for (String field : FIELDS) {
            figures.add(SummaryFigure.stock("commissioners." + field, shown, before));
            for (String level : LEVELS) {
                figures.add(SummaryFigure.stock("commissioners." + field + "." + level, shown, before));
            }
        }
        for (String flow : FLOWS) {
            figures.add(SummaryFigure.flow(flow, shown, before));
        }
        return new PeriodSummary(period, lastYearOf(period), county, county == null ? null : countyNames.get(county),
                figures, rows, items);
    }

    public SummaryFigure figure(String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(key));
    }
}
