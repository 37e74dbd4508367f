package cn.kejiju.workbench.preparedness;

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
 * The preparedness figures of a period (防震减灾宣传统计) for the city or one county, each with the same period
 * last year (同比), as the commissioner and incubator statistics report them. Only approved events count.
 *
 * <p>Definitions (docs/modules.md repeats them):
 * <ul>
 * <li>{@code events}: approved events held within the period; {@code venue.K}: of them at venue kind K;
 *     {@code people} (people reached), {@code consultations} (人次): their sums.</li>
 * <li>{@code drills}: the events that held an evacuation drill; {@code drillParticipants}: its participants.</li>
 * <li>{@code townships}: townships with at least one event; {@code schools}: distinct school venues (per
 *     township) of the school events.</li>
 * <li>{@code boardsDisplayed} / {@code bannersHung}: display boards and banners the events recorded;
 *     {@code materials.K}: copies issued to the events (reusable kinds: lent) on days of the period.</li>
 * <li>{@code volunteerHours}: hours the volunteer teams recorded for activities on days of the period;
 *     {@code registerFilled} / {@code registerRequired}: the 三网一员 posts held on the period's last day and those
 *     required (each township's assistant, a macro-observation and a rapid reporter per village), and
 *     {@code registerPercent} the one of the other (one decimal; absent when nothing is required).</li>
 * <li>The city's figures are the sums of its counties' (its register percentage: of the sums).</li>
 * </ul>
 * Campaign progress is each campaign's own, counted over all its approved events, for the campaigns whose
 * period overlaps the period asked for.
 */
public record PreparednessSummary(StatisticsPeriod period, StatisticsPeriod lastYearPeriod, Long county,
                                  String countyName, List<SummaryFigure> figures, List<CountyRow> counties,
                                  List<TownshipRow> townships, List<CampaignRow> campaigns) {

    public static final List<String> TOTALS = List.of("events", "people", "consultations", "drills",
            "drillParticipants", "townships", "schools", "boardsDisplayed", "bannersHung", "volunteerHours",
            "registerFilled", "registerRequired", "registerPercent");

    public PreparednessSummary {
        figures = List.copyOf(figures);
        counties = List.copyOf(counties);
        townships = List.copyOf(townships);
        campaigns = List.copyOf(campaigns);
    }

    /** Every key of the figures, in the order shown: the totals, the venue kinds, the material kinds. */
    public static List<String> keys() {
        List<String> keys = new ArrayList<>(TOTALS);
        for (VenueKind kind : VenueKind.values()) {
            keys.add("venue." + kind.name());
        }
        for (MaterialKind kind : MaterialKind.values()) {
            keys.add("materials." + kind.name());
        }
        return keys;
    }

    /** Puts the tallies together ({@code county} null: the city, the sum of the counties). */
    public static PreparednessSummary of(StatisticsPeriod period, Map<Long, String> countyNames, Long county,
                                         Map<Long, FigureTally> now, Map<Long, FigureTally> lastYear,
                                         List<TownshipRow> townships, List<CampaignRow> campaigns) {
        List<CountyRow> rows = new ArrayList<>();
        countyNames.forEach((id, name) -> rows.add(CountyRow.of(id, name, now.getOrDefault(id, new FigureTally()))));
        if (countyNames.size() > 1) {
            rows.add(CountyRow.of(null, null, FigureTally.sum(now.values())));
        }
        FigureTally shown = county == null ? FigureTally.sum(now.values()) : now.getOrDefault(county, new FigureTally());
        FigureTally before = county == null ? FigureTally.sum(lastYear.values())
                : lastYear.getOrDefault(county, new FigureTally());
        withRegisterPercent(shown);
        withRegisterPercent(before);
        List<SummaryFigure> figures = keys().stream().map(key -> SummaryFigure.flow(key, shown, before)).toList();
        return new PreparednessSummary(period, lastYearOf(period), county,
                county == null ? null : countyNames.get(county), figures, rows,
                townships.stream().filter(t -> county == null || county.equals(t.countyId())).toList(),
                campaigns.stream().filter(c -> county == null || county.equals(c.countyId())).toList());
    }

    /** The register's posts held of those required in percent, one decimal (of the city: of its sums). */
    private static void withRegisterPercent(FigureTally tally) {
        BigDecimal required = tally.get("registerRequired");
        if (required.signum() > 0) {
            tally.add("registerPercent", tally.get("registerFilled").multiply(BigDecimal.valueOf(100))
                    .divide(required, 1, RoundingMode.HALF_UP));
        }
    }

    /** The same days one year earlier. */
    public static StatisticsPeriod lastYearOf(StatisticsPeriod period) {
        return new StatisticsPeriod(period.from().minusYears(1), period.to().minusYears(1));
    }

    public SummaryFigure figure(String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(key));
    }

    /** One county's figures of the period (the city's total without id and name). */
    public record CountyRow(Long countyId, String county, long events, long people, long consultations, long drills,
                            long drillParticipants, long townships, long schools, long boardsDisplayed,
                            long bannersHung) {

        static CountyRow of(Long id, String name, FigureTally t) {
            return new CountyRow(id, name, n(t, "events"), n(t, "people"), n(t, "consultations"), n(t, "drills"),
                    n(t, "drillParticipants"), n(t, "townships"), n(t, "schools"), n(t, "boardsDisplayed"),
                    n(t, "bannersHung"));
        }

        private static long n(FigureTally t, String key) {
            return t.get(key).longValue();
        }
    }

    /** One township's events of the period. */
    public record TownshipRow(long countyId, String county, long townshipId, String township, long events,
                              long people, long consultations, long drills, long drillParticipants) {
    }

    /** A campaign overlapping the period, with its goals against what its approved events did. */
    public record CampaignRow(long campaignId, String name, long countyId, String county, LocalDate startsOn,
                              LocalDate endsOn, List<GoalProgress> goals) {

        public CampaignRow {
            goals = List.copyOf(goals);
        }
    }

    /** A figure's value as a whole number (every figure here counts). */
    public static long whole(BigDecimal value) {
        return value == null ? 0 : value.longValue();
    }
}
