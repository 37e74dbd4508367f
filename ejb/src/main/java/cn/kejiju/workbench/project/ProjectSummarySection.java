package cn.kejiju.workbench.project;

import cn.kejiju.workbench.summary.Figure;
import cn.kejiju.workbench.summary.FigureUnit;
import cn.kejiju.workbench.summary.SectionContent;
import cn.kejiju.workbench.summary.SectionQueries;
import cn.kejiju.workbench.summary.SummaryPeriod;
import cn.kejiju.workbench.summary.SummarySection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The S&T plan projects' section of the work summary (向上争取科技项目): "帮助近20家企业、单位准备好了10个科技项目的
 * 申报材料", "争取国家资金563万元。列入省级科技计划项目10个，争取省资金300万元".
 * <ul>
 *   <li>{@code prepared}: the applications whose materials the bureau helped prepare within the period (a
 *   材料准备 help recorded in it), {@code enterprisesHelped} their applicants, lead and consortium partners;</li>
 *   <li>{@code won} / {@code granted}: the applications to programmes of higher levels won within the period
 *   and the funds granted, also by level ({@code nationalWon}, {@code nationalGranted}, and the same for
 *   {@code provincial} and {@code city}); the county's own plan is not "向上争取";</li>
 *   <li>{@code received}: the tranches received (拨付) within the period.</li>
 * </ul>
 * Three aggregate statements per period, grouped by county; a figure counts an application in the county it
 * belongs to.
 */
@ApplicationScoped
public class ProjectSummarySection implements SummarySection {

    static final String KEY = "project";
    private static final List<String> LEVELS = List.of("national", "provincial", "city");
    private static final List<String> TABLE = List.of("prepared", "won", "granted", "received");

    @Inject
    SectionQueries queries;

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Set<String> figureKeys() {
        return Set.of("prepared", "enterprisesHelped", "won", "granted", "nationalWon", "nationalGranted",
                "provincialWon", "provincialGranted", "cityWon", "cityGranted", "received");
    }

    @Override
    public SectionContent contribute(SummaryPeriod period, Long countyId) {
        Map<Long, Map<String, BigDecimal>> now = tallies(period, countyId);
        Map<String, BigDecimal> shown = SectionQueries.shown(now, countyId);
        Map<String, BigDecimal> previous = SectionQueries.shown(tallies(period.previous(), countyId), countyId);
        Map<String, BigDecimal> lastYear = SectionQueries.shown(tallies(period.sameLastYear(), countyId), countyId);
        String county = countyId == null ? "" : "&county=" + countyId;
        String list = "/project/applications.xhtml?year=" + period.to().getYear() + county;
        List<Figure> figures = new ArrayList<>();
        figures.add(flow("prepared", FigureUnit.ITEM, shown, previous, lastYear, list));
        figures.add(flow("enterprisesHelped", FigureUnit.ENTERPRISE, shown, previous, lastYear, list));
        figures.add(flow("won", FigureUnit.PROJECT, shown, previous, lastYear, list));
        figures.add(flow("granted", FigureUnit.YUAN, shown, previous, lastYear, list));
        for (String level : LEVELS) {
            String byLevel = list + "&level=" + level.toUpperCase(Locale.ROOT);
            figures.add(flow(level + "Won", FigureUnit.ITEM, shown, previous, lastYear, byLevel));
            figures.add(flow(level + "Granted", FigureUnit.YUAN, shown, previous, lastYear, byLevel));
        }
        figures.add(flow("received", FigureUnit.YUAN, shown, previous, lastYear, list));
        List<String> sentences = new ArrayList<>();
        if (value(shown, "prepared").signum() > 0) {
            sentences.add("prepared");
        }
        if (value(shown, "won").signum() > 0) {
            sentences.add("won");
            LEVELS.stream().filter(level -> value(shown, level + "Won").signum() > 0).forEach(sentences::add);
        }
        if (value(shown, "received").signum() > 0) {
            sentences.add("received");
        }
        return new SectionContent(KEY, 50, figures, sentences, countyId == null ? queries.table(now, TABLE) : List.of());
    }

    private static Figure flow(String key, FigureUnit unit, Map<String, BigDecimal> now,
                               Map<String, BigDecimal> previous, Map<String, BigDecimal> lastYear, String link) {
        return Figure.flow(key, unit, value(now, key), value(previous, key), value(lastYear, key), link);
    }

    private static BigDecimal value(Map<String, BigDecimal> values, String key) {
        return values.getOrDefault(key, BigDecimal.ZERO);
    }

    private Map<Long, Map<String, BigDecimal>> tallies(SummaryPeriod period, Long countyId) {
        Map<Long, Map<String, BigDecimal>> tallies = new HashMap<>();
        String helped = " exists (select 1 from proj_event e where e.application_id = a.id and e.event_kind = 'HELP'"
                + " and e.help_kind = 'MATERIALS' and e.happened_on >= ? and e.happened_on <= ?)";
        queries.byCounty("select x.county_id, count(distinct x.application_id), count(distinct x.enterprise_id) from ("
                        + "select a.county_id, a.id application_id, a.lead_id enterprise_id from proj_application a"
                        + " where" + helped
                        + " union all select a.county_id, a.id, p.enterprise_id from proj_application a"
                        + " join proj_application_partner p on p.application_id = a.id where" + helped
                        + ") x where x.county_id is not null" + SectionQueries.scope("x", countyId)
                        + " group by x.county_id",
                countyId, period.from(), period.to(), period.from(), period.to())
                .forEach((county, r) -> put(tallies, county, Map.of("prepared", SectionQueries.number(r[1]),
                        "enterprisesHelped", SectionQueries.number(r[2]))));
        queries.byCounty("select a.county_id, count(*), sum(a.granted),"
                        + " sum(case when p.level = 'NATIONAL' then 1 else 0 end),"
                        + " sum(case when p.level = 'NATIONAL' then a.granted else 0 end),"
                        + " sum(case when p.level = 'PROVINCIAL' then 1 else 0 end),"
                        + " sum(case when p.level = 'PROVINCIAL' then a.granted else 0 end),"
                        + " sum(case when p.level = 'CITY' then 1 else 0 end),"
                        + " sum(case when p.level = 'CITY' then a.granted else 0 end)"
                        + " from proj_application a join proj_call c on c.id = a.call_id"
                        + " join proj_programme p on p.id = c.programme_id"
                        + " where a.won_on >= ? and a.won_on <= ? and p.level <> 'COUNTY'"
                        + SectionQueries.scope("a", countyId) + " group by a.county_id",
                countyId, period.from(), period.to())
                .forEach((county, r) -> put(tallies, county, Map.of("won", SectionQueries.number(r[1]),
                        "granted", SectionQueries.number(r[2]),
                        "nationalWon", SectionQueries.number(r[3]), "nationalGranted", SectionQueries.number(r[4]),
                        "provincialWon", SectionQueries.number(r[5]), "provincialGranted", SectionQueries.number(r[6]),
                        "cityWon", SectionQueries.number(r[7]), "cityGranted", SectionQueries.number(r[8]))));
        queries.byCounty("select a.county_id, sum(e.amount) from proj_event e"
                        + " join proj_application a on a.id = e.application_id"
                        + " where e.event_kind = 'TRANCHE' and e.happened_on >= ? and e.happened_on <= ?"
                        + SectionQueries.scope("a", countyId) + " group by a.county_id",
                countyId, period.from(), period.to())
                .forEach((county, r) -> put(tallies, county, Map.of("received", SectionQueries.number(r[1]))));
        return tallies;
    }

    private static void put(Map<Long, Map<String, BigDecimal>> tallies, Long county, Map<String, BigDecimal> values) {
        tallies.computeIfAbsent(county, id -> new HashMap<>()).putAll(values);
    }
}
