package cn.kejiju.workbench.project;

import cn.kejiju.workbench.commissioner.FigureTally;
import cn.kejiju.workbench.commissioner.StatisticsPeriod;
import cn.kejiju.workbench.summary.Figure;
import cn.kejiju.workbench.summary.FigureUnit;
import cn.kejiju.workbench.summary.SectionContent;
import cn.kejiju.workbench.summary.SectionQueries;
import cn.kejiju.workbench.summary.SummaryPeriod;
import cn.kejiju.workbench.summary.SummarySection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The S&T plan projects' section of the work summary (向上争取科技项目): "帮助近20家企业、单位准备好了10个科技项目的
 * 申报材料", "争取国家资金563万元。列入省级科技计划项目10个，争取省资金300万元", and the county's own plan
 * (区/县级科技计划): "分批次实施区级科技计划项目，立项x项、资助资金x万元".
 * <ul>
 *   <li>{@code prepared}: the applications whose materials the bureau helped prepare within the period (a
 *   材料准备 help recorded in it), {@code enterprisesHelped} their applicants, lead and consortium partners;</li>
 *   <li>{@code won} / {@code granted}: the applications to programmes of higher levels won within the period
 *   and the funds granted, also by level ({@code nationalWon}, {@code nationalGranted}, and the same for
 *   {@code provincial} and {@code city}); the county's own plan is not "向上争取";</li>
 *   <li>{@code received}: the tranches received (拨付) within the period;</li>
 *   <li>{@code planApprovals} / {@code planFunds}: the county plan's projects established (立项) within the period
 *   and the funds granted them, {@code planPaid} the tranches the county paid within it.</li>
 * </ul>
 * Every figure is read from the project statistics' queries ({@link ProjectStatisticsQueries}: the tallies by
 * county and programme, summed by the programme's level; the county plan's tallies; the help with the
 * materials), so that the summary and the statistics page cannot disagree. A figure counts an application in the
 * county it belongs to.
 */
@ApplicationScoped
public class ProjectSummarySection implements SummarySection {

    static final String KEY = "project";
    private static final List<String> LEVELS = List.of("national", "provincial", "city");
    private static final List<String> TABLE = List.of("prepared", "won", "granted", "received", "planApprovals",
            "planFunds");

    @Inject
    SectionQueries queries;

    @Inject
    ProjectStatisticsQueries statistics;

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Set<String> figureKeys() {
        return Set.of("prepared", "enterprisesHelped", "won", "granted", "nationalWon", "nationalGranted",
                "provincialWon", "provincialGranted", "cityWon", "cityGranted", "received", "planApprovals",
                "planFunds", "planPaid");
    }

    @Override
    public SectionContent contribute(SummaryPeriod period, Long countyId) {
        Map<Long, ProgrammeLevel> levels = new HashMap<>();
        statistics.programmes().forEach((id, programme) -> levels.put(id, programme.level()));
        Map<Long, Map<String, BigDecimal>> now = tallies(period, countyId, levels);
        Map<String, BigDecimal> shown = SectionQueries.shown(now, countyId);
        Map<String, BigDecimal> previous = SectionQueries.shown(tallies(period.previous(), countyId, levels), countyId);
        Map<String, BigDecimal> lastYear = SectionQueries.shown(tallies(period.sameLastYear(), countyId, levels),
                countyId);
        String county = countyId == null ? "" : "&county=" + countyId;
        // helped with the materials within the period; a tranche received within it
        String helped = "/project/applications.xhtml?helpedFrom=" + period.from() + "&helpedTo=" + period.to() + county;
        String received = "/project/applications.xhtml?receivedFrom=" + period.from() + "&receivedTo=" + period.to()
                + county;
        // what was won: the applications to higher levels won within the period, exactly
        String won = "/project/applications.xhtml?wonFrom=" + period.from() + "&wonTo=" + period.to() + "&higher=true"
                + county;
        // the county plan's projects established within the period; those with a tranche paid within it
        String plan = "/project/county-plan.xhtml?establishedFrom=" + period.from() + "&establishedTo=" + period.to()
                + county;
        String planPaid = "/project/county-plan.xhtml?paidFrom=" + period.from() + "&paidTo=" + period.to() + county;
        List<Figure> figures = new ArrayList<>();
        figures.add(flow("prepared", FigureUnit.ITEM, shown, previous, lastYear, helped));
        figures.add(flow("enterprisesHelped", FigureUnit.ENTERPRISE, shown, previous, lastYear, helped));
        figures.add(flow("won", FigureUnit.PROJECT, shown, previous, lastYear, won));
        figures.add(flow("granted", FigureUnit.YUAN, shown, previous, lastYear, won));
        for (String level : LEVELS) {
            String byLevel = won + "&level=" + level.toUpperCase(Locale.ROOT);
            figures.add(flow(level + "Won", FigureUnit.ITEM, shown, previous, lastYear, byLevel));
            figures.add(flow(level + "Granted", FigureUnit.YUAN, shown, previous, lastYear, byLevel));
        }
        figures.add(flow("received", FigureUnit.YUAN, shown, previous, lastYear, received));
        figures.add(flow("planApprovals", FigureUnit.PROJECT, shown, previous, lastYear, plan));
        figures.add(flow("planFunds", FigureUnit.YUAN, shown, previous, lastYear, plan));
        figures.add(flow("planPaid", FigureUnit.YUAN, shown, previous, lastYear, planPaid));
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
        if (value(shown, "planApprovals").signum() > 0 || value(shown, "planPaid").signum() > 0) {
            sentences.add("plan");
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

    /**
     * Each county's figures of the period from the statistics' tallies: those by programme summed by level (the
     * county plan's programmes left out of what was won, their tranches kept in what was received), the county
     * plan's, and the help with the materials.
     */
    private Map<Long, Map<String, BigDecimal>> tallies(SummaryPeriod period, Long countyId,
                                                       Map<Long, ProgrammeLevel> levels) {
        StatisticsPeriod days = new StatisticsPeriod(period.from(), period.to());
        LocalDate yearStart = LocalDate.of(period.from().getYear(), 1, 1);
        Map<Long, FigureTally> byCounty = new HashMap<>();
        statistics.tallies(days, yearStart, countyId).forEach((county, programmes) -> {
            FigureTally t = byCounty.computeIfAbsent(county, id -> new FigureTally());
            programmes.forEach((programme, tally) -> {
                t.add("received", tally.get("received"));
                ProgrammeLevel level = levels.get(programme);
                if (level == null || level == ProgrammeLevel.COUNTY) {
                    return;
                }
                String prefix = level.name().toLowerCase(Locale.ROOT);
                t.add("won", tally.get("approvals"));
                t.add("granted", tally.get("funds"));
                t.add(prefix + "Won", tally.get("approvals"));
                t.add(prefix + "Granted", tally.get("funds"));
            });
        });
        statistics.planTallies(days, yearStart, countyId).forEach((county, tally) -> {
            FigureTally t = byCounty.computeIfAbsent(county, id -> new FigureTally());
            t.add("planApprovals", tally.get("planApprovals"));
            t.add("planFunds", tally.get("planFunds"));
            t.add("planPaid", tally.get("planPaid"));
        });
        statistics.helpTallies(days, countyId).forEach((county, tally) -> byCounty
                .computeIfAbsent(county, id -> new FigureTally()).add(tally));
        Map<Long, Map<String, BigDecimal>> tallies = new HashMap<>();
        byCounty.forEach((county, t) -> {
            Map<String, BigDecimal> values = new HashMap<>();
            figureKeys().forEach(key -> values.put(key, t.get(key)));
            tallies.put(county, values);
        });
        return tallies;
    }
}
