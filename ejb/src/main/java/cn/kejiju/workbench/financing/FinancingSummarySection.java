package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.commissioner.FigureTally;
import cn.kejiju.workbench.commissioner.StatisticsPeriod;
import cn.kejiju.workbench.summary.CountyFigures;
import cn.kejiju.workbench.summary.Figure;
import cn.kejiju.workbench.summary.FigureUnit;
import cn.kejiju.workbench.summary.SectionContent;
import cn.kejiju.workbench.summary.SectionQueries;
import cn.kejiju.workbench.summary.SummaryPeriod;
import cn.kejiju.workbench.summary.SummarySection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The financing guarantees' section of the work summary: "新增融资5700万元，累计融资总额超过5亿元". Financing is
 * what approved applications borrowed with a guarantee in force: {@code newCount} / {@code newAmount} the
 * guarantees that started within the period, {@code cumulative} / {@code cumulativeCount} every one started by its
 * last day, {@code outstanding} the guarantees running on its last day (在保余额). Compensations (代偿):
 * {@code compensations} / {@code compensationAmount} those paid within the period. These are the financing
 * statistics' tallies ({@link FinancingStatisticsQueries#tallies}), so the summary and the statistics page cannot
 * disagree. {@code compensationsTotal}, every compensation paid by the period's last day, is a figure the statistics
 * do not show: one statement of its own, grouped by county; while it is none the section says "没有发生一笔代偿".
 */
@ApplicationScoped
public class FinancingSummarySection implements SummarySection {

    static final String KEY = "financing";
    private static final List<String> TABLE = List.of("newCount", "newAmount", "cumulative", "outstanding",
            "compensationAmount");

    @Inject
    SectionQueries queries;

    @Inject
    FinancingStatisticsQueries statistics;

    @Inject
    PartnerRepository partners;

    @Inject
    Clock clock;

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Set<String> figureKeys() {
        return Set.of("newCount", "newAmount", "cumulative", "cumulativeCount", "outstanding", "compensations",
                "compensationAmount", "compensationsTotal");
    }

    @Override
    public SectionContent contribute(SummaryPeriod period, Long countyId) {
        ClassificationBands bands = partners.settings().bands();
        LocalDate today = LocalDate.now(clock);
        Map<Long, Map<String, BigDecimal>> now = tallies(period, countyId, bands, today);
        Map<String, BigDecimal> shown = SectionQueries.shown(now, countyId);
        Map<String, BigDecimal> previous = SectionQueries.shown(tallies(period.previous(), countyId, bands, today),
                countyId);
        Map<String, BigDecimal> lastYear = SectionQueries.shown(tallies(period.sameLastYear(), countyId, bands, today),
                countyId);
        String county = countyId == null ? "" : "&county=" + countyId;
        String link = "/financing/applications.xhtml?status=APPROVED" + county;
        // the guarantees that started within the period, and every one started by its last day
        String started = link + "&guaranteedFrom=" + period.from() + "&guaranteedTo=" + period.to();
        String byEnd = link + "&guaranteedTo=" + period.to();
        List<Figure> figures = new ArrayList<>();
        figures.add(flow("newCount", FigureUnit.CASE, shown, previous, lastYear, started));
        figures.add(flow("newAmount", FigureUnit.YUAN, shown, previous, lastYear, started));
        figures.add(flow("cumulative", FigureUnit.YUAN, shown, previous, lastYear, byEnd));
        figures.add(flow("cumulativeCount", FigureUnit.CASE, shown, previous, lastYear, byEnd));
        // the guarantees running on the last day; the loans compensated within the period, and by its last day
        figures.add(flow("outstanding", FigureUnit.YUAN, shown, previous, lastYear, link + "&guaranteedOn=" + period.to()));
        String loans = "/financing/loans.xhtml?compensatedTo=" + period.to();
        String compensated = loans + "&compensatedFrom=" + period.from() + county;
        figures.add(flow("compensations", FigureUnit.CASE, shown, previous, lastYear, compensated));
        figures.add(flow("compensationAmount", FigureUnit.YUAN, shown, previous, lastYear, compensated));
        figures.add(flow("compensationsTotal", FigureUnit.CASE, shown, previous, lastYear, loans + county));
        List<String> sentences = new ArrayList<>();
        if (value(shown, "cumulativeCount").signum() > 0) {
            sentences.add("financing");
            if (value(shown, "compensationsTotal").signum() == 0) {
                sentences.add("noCompensation");
            }
        }
        if (value(shown, "compensations").signum() > 0) {
            sentences.add("compensation");
        }
        List<CountyFigures> table = countyId == null ? queries.table(now, TABLE) : List.of();
        return new SectionContent(KEY, 30, figures, sentences, table);
    }

    private static Figure flow(String key, FigureUnit unit, Map<String, BigDecimal> now,
                               Map<String, BigDecimal> previous, Map<String, BigDecimal> lastYear, String link) {
        return Figure.flow(key, unit, value(now, key), value(previous, key), value(lastYear, key), link);
    }

    private static BigDecimal value(Map<String, BigDecimal> values, String key) {
        return values.getOrDefault(key, BigDecimal.ZERO);
    }

    /**
     * Each county's figures of the period: the statistics' tallies, and one statement over the compensations paid
     * by its last day.
     */
    private Map<Long, Map<String, BigDecimal>> tallies(SummaryPeriod period, Long countyId, ClassificationBands bands,
                                                       LocalDate today) {
        Map<Long, Map<String, BigDecimal>> tallies = new HashMap<>();
        Map<Long, FigureTally> statistics = this.statistics.tallies(new StatisticsPeriod(period.from(), period.to()),
                countyId, bands, today);
        statistics.forEach((county, t) -> tallies.put(county, new HashMap<>(Map.of(
                "newCount", t.get("newCount"),
                "newAmount", t.get("newAmount"),
                "cumulative", t.get("cumulative.end"),
                "cumulativeCount", t.get("cumulativeCount.end"),
                "outstanding", t.get("outstanding.end"),
                "compensations", t.get("compensations"),
                "compensationAmount", t.get("compensationAmount")))));
        queries.byCounty("select c.county_id, count(*) from fin_compensation c where c.paid_on <= ?"
                        + SectionQueries.scope("c", countyId) + " group by c.county_id", countyId, period.to())
                .forEach((county, r) -> tallies.computeIfAbsent(county, id -> new HashMap<>())
                        .put("compensationsTotal", SectionQueries.number(r[1])));
        return tallies;
    }
}
