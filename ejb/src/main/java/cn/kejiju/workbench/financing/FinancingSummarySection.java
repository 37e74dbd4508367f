package cn.kejiju.workbench.financing;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The financing guarantees' section of the work summary: "新增融资5700万元，累计融资总额超过5亿元". Financing is
 * what approved applications borrowed with a guarantee in force: {@code newCount} / {@code newAmount} the
 * guarantees that started within the period, {@code cumulative} every one started by its last day,
 * {@code outstanding} the guarantees running on its last day (在保余额). One aggregate statement per period,
 * grouped by county. Compensations (代偿): {@code compensations} / {@code compensationAmount} those paid within
 * the period, {@code compensationsTotal} every one paid by its last day; while there is none the section says
 * "没有发生一笔代偿" (a second statement, over the compensations).
 */
@ApplicationScoped
public class FinancingSummarySection implements SummarySection {

    static final String KEY = "financing";
    private static final List<String> TABLE = List.of("newCount", "newAmount", "cumulative", "outstanding",
            "compensationAmount");

    @Inject
    SectionQueries queries;

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
        Map<Long, Map<String, BigDecimal>> now = tallies(period, countyId);
        Map<String, BigDecimal> shown = SectionQueries.shown(now, countyId);
        Map<String, BigDecimal> previous = SectionQueries.shown(tallies(period.previous(), countyId), countyId);
        Map<String, BigDecimal> lastYear = SectionQueries.shown(tallies(period.sameLastYear(), countyId), countyId);
        String link = "/financing/applications.xhtml?status=APPROVED" + (countyId == null ? "" : "&county=" + countyId);
        List<Figure> figures = new ArrayList<>();
        figures.add(flow("newCount", FigureUnit.CASE, shown, previous, lastYear, link));
        figures.add(flow("newAmount", FigureUnit.YUAN, shown, previous, lastYear, link));
        figures.add(flow("cumulative", FigureUnit.YUAN, shown, previous, lastYear, link));
        figures.add(flow("cumulativeCount", FigureUnit.CASE, shown, previous, lastYear, link));
        figures.add(flow("outstanding", FigureUnit.YUAN, shown, previous, lastYear, link));
        String loans = "/financing/loans.xhtml?status=COMPENSATED" + (countyId == null ? "" : "&county=" + countyId);
        figures.add(flow("compensations", FigureUnit.CASE, shown, previous, lastYear, loans));
        figures.add(flow("compensationAmount", FigureUnit.YUAN, shown, previous, lastYear, loans));
        figures.add(flow("compensationsTotal", FigureUnit.CASE, shown, previous, lastYear, loans));
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
     * Each county's figures of the period: one statement over the guarantees in force by its last day, one over
     * the compensations paid by then.
     */
    private Map<Long, Map<String, BigDecimal>> tallies(SummaryPeriod period, Long countyId) {
        Map<Long, Map<String, BigDecimal>> tallies = new HashMap<>(SectionQueries.tallies(queries.byCounty(
                "select a.county_id,"
                        + " sum(case when g.start_date >= ? then 1 else 0 end),"
                        + " sum(case when g.start_date >= ? then a.amount else 0 end),"
                        + " sum(a.amount), count(*),"
                        + " sum(case when g.end_date >= ? then g.amount else 0 end)"
                        + " from fin_guarantee g join fin_application a on a.id = g.application_id"
                        + " where g.status = 'ACTIVE' and a.status = 'APPROVED' and g.start_date <= ?"
                        + SectionQueries.scope("a", countyId) + " group by a.county_id",
                countyId, period.from(), period.from(), period.to(), period.to()),
                r -> new HashMap<>(Map.of("newCount", SectionQueries.number(r[1]),
                        "newAmount", SectionQueries.number(r[2]), "cumulative", SectionQueries.number(r[3]),
                        "cumulativeCount", SectionQueries.number(r[4]), "outstanding", SectionQueries.number(r[5])))));
        queries.byCounty("select c.county_id, sum(case when c.paid_on >= ? then 1 else 0 end),"
                        + " sum(case when c.paid_on >= ? then c.amount else 0 end), count(*)"
                        + " from fin_compensation c where c.paid_on <= ?"
                        + SectionQueries.scope("c", countyId) + " group by c.county_id",
                countyId, period.from(), period.from(), period.to())
                .forEach((county, r) -> tallies.computeIfAbsent(county, id -> new HashMap<>()).putAll(Map.of(
                        "compensations", SectionQueries.number(r[1]),
                        "compensationAmount", SectionQueries.number(r[2]),
                        "compensationsTotal", SectionQueries.number(r[3]))));
        return tallies;
    }
}
