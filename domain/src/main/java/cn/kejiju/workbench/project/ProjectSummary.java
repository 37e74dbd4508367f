package cn.kejiju.workbench.project;

import cn.kejiju.workbench.commissioner.FigureTally;
import cn.kejiju.workbench.commissioner.StatisticsPeriod;
import cn.kejiju.workbench.commissioner.SummaryFigure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics of S&T plan projects and innovation indicators (科技项目与创新指标统计) of a period for the city or
 * one county: every figure with its value at the start of the period and the same days one year earlier (同比),
 * the programmes' table and the table of counties.
 *
 * <p>Definitions (docs/modules.md repeats them):
 * <ul>
 * <li>Flows (summed over the period): {@code applications} prepared (by the day prepared), {@code approvals} (立项,
 *     by the day won), {@code decided} (立项 + 未立项 by the day of the result), {@code funds} (the grants of the
 *     approvals, yuan), {@code received} (tranches received, 拨付, yuan), {@code acceptancesDue} (contracted projects
 *     whose acceptance falls due in the period), {@code patentsApplied} / {@code patentsGranted} (by the day filed /
 *     granted), {@code highTechRecognised} (recognitions issued in the period), the county plan's
 *     {@code planApprovals} (立项, by the day established), {@code planFunds} (their grants) and {@code planPaid}
 *     (its tranches, by the day paid); each also by level
 *     ({@code .NATIONAL} …) or patent type ({@code .INVENTION} …). A flow's value at the start of the period is what
 *     the same calendar year had accumulated on the day before the period (本年累计至期初; zero for a period that
 *     starts on 1 January).</li>
 * <li>{@code successRate} (立项率) = approvals ÷ decided × 100, one decimal, half up; none (shown "—") when nothing
 *     was decided.</li>
 * <li>Stocks (on the first and the last day): {@code acceptancesOverdue} — contracted projects whose acceptance was
 *     due on or before the day and had no result (passed or failed) by then; {@code highTechValid} — enterprises
 *     holding a valid 高新技术企业 certificate on the day; {@code highTechExpiring} — of those, the certificates
 *     running out within six months after it.</li>
 * <li>The city's figures are the sums of its counties'.</li>
 * </ul>
 */
public record ProjectSummary(StatisticsPeriod period, StatisticsPeriod lastYearPeriod, Long county,
                             String countyName, List<SummaryFigure> figures, List<ProgrammeRow> programmes,
                             List<CountyRow> counties) {

    public static final List<String> LEVELS = List.of("NATIONAL", "PROVINCIAL", "CITY", "COUNTY");
    /** The levels whose funds are won from above (向上争取): 国家, 省, 市. */
    public static final List<String> FUND_LEVELS = List.of("NATIONAL", "PROVINCIAL", "CITY");
    public static final List<String> PATENT_TYPES = List.of("INVENTION", "UTILITY_MODEL", "DESIGN");
    public static final List<String> STOCKS = List.of("acceptancesOverdue", "highTechValid", "highTechExpiring");
    /** Keys a programme's tally carries (without level): the level's keys are derived from the programme. */
    static final List<String> PROGRAMME_FLOWS = List.of("applications", "approvals", "decided", "funds", "received",
            "acceptancesDue");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ProjectSummary {
        figures = List.copyOf(figures);
        programmes = List.copyOf(programmes);
        counties = List.copyOf(counties);
    }

    /** A programme as the statistics name it. */
    public record ProgrammeInfo(long id, String name, ProgrammeLevel level) {
    }

    /**
     * 立项率: approved ÷ decided × 100, one decimal, half up; null when nothing was decided (the page shows "—").
     */
    public static BigDecimal successRate(BigDecimal approved, BigDecimal decided) {
        if (decided == null || decided.signum() == 0) {
            return null;
        }
        if (approved.signum() < 0 || approved.compareTo(decided) > 0) {
            throw new IllegalArgumentException("approved " + approved + " of " + decided + " decided");
        }
        return approved.multiply(HUNDRED).divide(decided, 1, RoundingMode.HALF_UP);
    }

    /** The same days one year earlier. */
    public static StatisticsPeriod lastYearOf(StatisticsPeriod period) {
        return new StatisticsPeriod(period.from().minusYears(1), period.to().minusYears(1));
    }

    /** The first day a flow's value at the start of the period counts from: 1 January of the period's first year. */
    public static LocalDate yearStart(StatisticsPeriod period) {
        return period.from().withDayOfYear(1);
    }

    /**
     * Puts the tallies together ({@code county} null: the city, the sum of the counties). {@code projects}: per
     * county, per programme; {@code indicators}: per county.
     */
    public static ProjectSummary of(StatisticsPeriod period, Map<Long, String> countyNames, Long county,
                                    Map<Long, ProgrammeInfo> programmeInfos,
                                    Map<Long, Map<Long, FigureTally>> projects, Map<Long, FigureTally> indicators,
                                    Map<Long, Map<Long, FigureTally>> projectsLastYear,
                                    Map<Long, FigureTally> indicatorsLastYear) {
        Map<Long, FigureTally> now = byCounty(countyNames, programmeInfos, projects, indicators);
        Map<Long, FigureTally> before = byCounty(countyNames, programmeInfos, projectsLastYear, indicatorsLastYear);
        List<CountyRow> rows = new ArrayList<>();
        countyNames.forEach((id, name) -> rows.add(CountyRow.of(id, name, now.get(id))));
        if (countyNames.size() > 1) {
            rows.add(CountyRow.of(null, null, FigureTally.sum(now.values())));
        }
        FigureTally shown = county == null ? FigureTally.sum(now.values()) : now.get(county);
        FigureTally shownBefore = county == null ? FigureTally.sum(before.values()) : before.get(county);
        Map<Long, FigureTally> perProgramme = new LinkedHashMap<>();
        projects.forEach((c, byProgramme) -> {
            if (countyNames.containsKey(c) && (county == null || county.equals(c))) {
                byProgramme.forEach((p, t) -> perProgramme.computeIfAbsent(p, k -> new FigureTally())
                        .add(t));
            }
        });
        List<ProgrammeRow> programmeRows = new ArrayList<>();
        programmeInfos.values().forEach(p -> {
            FigureTally t = perProgramme.get(p.id());
            if (t != null) {
                programmeRows.add(ProgrammeRow.of(p, t));
            }
        });
        return new ProjectSummary(period, lastYearOf(period), county, county == null ? null : countyNames.get(county),
                figures(shown, shownBefore), programmeRows, rows);
    }

    /** Each county's tally: its programmes' tallies summed, with the level keys, and its indicators. */
    private static Map<Long, FigureTally> byCounty(Map<Long, String> countyNames, Map<Long, ProgrammeInfo> programmes,
                                                   Map<Long, Map<Long, FigureTally>> projects,
                                                   Map<Long, FigureTally> indicators) {
        Map<Long, FigureTally> tallies = new LinkedHashMap<>();
        countyNames.keySet().forEach(id -> {
            FigureTally t = new FigureTally();
            projects.getOrDefault(id, Map.of()).forEach((programme, p) -> {
                t.add(p);
                ProgrammeInfo info = programmes.get(programme);
                if (info != null) {
                    for (String key : PROGRAMME_FLOWS) {
                        for (String part : List.of("", ".start")) {
                            t.add(key + "." + info.level().name() + part, p.get(key + part));
                        }
                    }
                }
            });
            t.add(indicators.getOrDefault(id, new FigureTally()));
            tallies.put(id, t);
        });
        return tallies;
    }

    /** The figures in the order the page shows them. */
    static List<SummaryFigure> figures(FigureTally now, FigureTally before) {
        List<SummaryFigure> figures = new ArrayList<>();
        for (String key : List.of("applications", "approvals")) {
            figures.add(flow(key, now, before));
            LEVELS.forEach(level -> figures.add(flow(key + "." + level, now, before)));
        }
        figures.add(flow("decided", now, before));
        figures.add(new SummaryFigure("successRate", false,
                successRate(now.get("approvals.start"), now.get("decided.start")),
                successRate(now.get("approvals"), now.get("decided")), null, null,
                successRate(before.get("approvals"), before.get("decided")), null));
        figures.add(flow("funds", now, before));
        FUND_LEVELS.forEach(level -> figures.add(flow("funds." + level, now, before)));
        figures.add(flow("received", now, before));
        for (String key : List.of("planApprovals", "planFunds", "planPaid")) {
            figures.add(flow(key, now, before));
        }
        figures.add(flow("acceptancesDue", now, before));
        figures.add(stock("acceptancesOverdue", now, before));
        for (String key : List.of("patentsApplied", "patentsGranted")) {
            figures.add(flow(key, now, before));
            PATENT_TYPES.forEach(type -> figures.add(flow(key + "." + type, now, before)));
        }
        figures.add(flow("highTechRecognised", now, before));
        figures.add(stock("highTechValid", now, before));
        figures.add(stock("highTechExpiring", now, before));
        return figures;
    }

    private static SummaryFigure flow(String key, FigureTally now, FigureTally before) {
        BigDecimal value = now.get(key);
        BigDecimal lastYear = before.get(key);
        return new SummaryFigure(key, false, now.get(key + ".start"), value, null, null, lastYear,
                SummaryFigure.growth(value, lastYear));
    }

    private static SummaryFigure stock(String key, FigureTally now, FigureTally before) {
        BigDecimal start = now.get(key + ".start");
        BigDecimal end = now.get(key + ".end");
        BigDecimal lastYear = before.get(key + ".end");
        return new SummaryFigure(key, true, start, end, end.subtract(start), null, lastYear,
                SummaryFigure.growth(end, lastYear));
    }

    public SummaryFigure figure(String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(key));
    }

    /** One programme's figures of the period within the county shown (or the city). */
    public record ProgrammeRow(long programmeId, String name, ProgrammeLevel level, long applications,
                               long approvals, long decided, BigDecimal successRate, BigDecimal funds,
                               BigDecimal received) {

        static ProgrammeRow of(ProgrammeInfo p, FigureTally t) {
            return new ProgrammeRow(p.id(), p.name(), p.level(), t.get("applications").longValue(),
                    t.get("approvals").longValue(), t.get("decided").longValue(),
                    ProjectSummary.successRate(t.get("approvals"), t.get("decided")), t.get("funds"), t.get("received"));
        }
    }

    /** One county's key figures of the period (the city's total without id and name). */
    public record CountyRow(Long countyId, String county, long applications, long approvals, BigDecimal successRate,
                            BigDecimal funds, BigDecimal received, long acceptancesDue, long acceptancesOverdue,
                            long patentsApplied, long patentsGranted, long highTechRecognised, long highTechValid) {

        static CountyRow of(Long id, String name, FigureTally t) {
            return new CountyRow(id, name, t.get("applications").longValue(), t.get("approvals").longValue(),
                    ProjectSummary.successRate(t.get("approvals"), t.get("decided")), t.get("funds"), t.get("received"),
                    t.get("acceptancesDue").longValue(), t.get("acceptancesOverdue.end").longValue(),
                    t.get("patentsApplied").longValue(), t.get("patentsGranted").longValue(),
                    t.get("highTechRecognised").longValue(), t.get("highTechValid.end").longValue());
        }
    }
}
