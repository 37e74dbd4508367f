package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.security.CountyGuard;
import cn.kejiju.workbench.summary.CountyFigures;
import cn.kejiju.workbench.summary.Figure;
import cn.kejiju.workbench.summary.FigureUnit;
import cn.kejiju.workbench.summary.SectionContent;
import cn.kejiju.workbench.summary.SummaryPeriod;
import cn.kejiju.workbench.summary.SummarySection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The commissioners' section of the work summary: the seed's "全县选派科技特派员54名，其中农业科技特派员由14名
 * 增加到了23名(市派4名)；新增工业企业科技特派员5名，联系企业5个", then the services of the period. The figures
 * are those of the statistics' summary ({@link PeriodSummary}), computed for the period and for the previous one.
 */
@ApplicationScoped
public class CommissionerSummarySection implements SummarySection {

    static final String KEY = "commissioner";
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    @Inject
    SummaryQueries summaries;

    @Inject
    CountyGuard guard;

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Set<String> figureKeys() {
        return Set.of("total", "agriculture", "agricultureCity", "industry", "industryNew", "enterprisesLinkedByNew",
                "visits", "trainings", "peopleTrained", "varieties", "technologies", "income");
    }

    @Override
    public SectionContent contribute(SummaryPeriod period, Long countyId) {
        Long scope = guard.countyScope();
        PeriodSummary now = summaries.summary(new StatisticsPeriod(period.from(), period.to()), countyId, scope);
        SummaryPeriod before = period.previous();
        PeriodSummary previous = summaries.summary(new StatisticsPeriod(before.from(), before.to()), countyId, scope);
        String county = countyId == null ? "" : "&county=" + countyId;
        // the head counts: those serving on the period's last day; the new ones: posted within the period
        String list = "/commissioner/list.xhtml?from=" + period.to() + "&to=" + period.to() + county;
        String posted = "/commissioner/list.xhtml?from=" + period.from() + "&to=" + period.to() + "&postedFrom="
                + period.from() + county;
        String logs = "/commissioner/logs.xhtml?status=APPROVED&from=" + period.from() + "&to=" + period.to() + county;
        List<Figure> figures = new ArrayList<>();
        figures.add(stock("total", "commissioners", now, previous, list));
        figures.add(stock("agriculture", "commissioners.AGRICULTURE", now, previous, list + "&field=AGRICULTURE"));
        figures.add(stock("agricultureCity", "commissioners.AGRICULTURE.CITY", now, previous,
                list + "&field=AGRICULTURE&dispatchLevel=CITY"));
        figures.add(stock("industry", "commissioners.INDUSTRY", now, previous, list + "&field=INDUSTRY"));
        SummaryFigure industry = now.figure("commissioners.INDUSTRY");
        figures.add(Figure.flow("industryNew", FigureUnit.PERSON, industry.newInPeriod(),
                previous.figure("commissioners.INDUSTRY").newInPeriod(), null, posted + "&field=INDUSTRY"));
        // the enterprises of the assignments in force in the period of industrial commissioners posted within it
        String linked = "/commissioner/assignments.xhtml?targetKind=ENTERPRISE&field=INDUSTRY&from=" + period.from()
                + "&to=" + period.to() + "&postedFrom=" + period.from() + county;
        figures.add(flow("enterprisesLinkedByNew", FigureUnit.ITEM, now, previous, linked, Function.identity()));
        figures.add(flow("visits", FigureUnit.TIMES, now, previous, logs, Function.identity()));
        figures.add(flow("trainings", FigureUnit.TIMES, now, previous, logs + "&kind=TRAINING", Function.identity()));
        figures.add(flow("peopleTrained", FigureUnit.PERSON_TIMES, now, previous, logs + "&kind=TRAINING", Function.identity()));
        // the items an approved log of the period introduced
        String introduced = "/commissioner/innovations.xhtml?from=" + period.from() + "&to=" + period.to() + county;
        figures.add(flow("varieties", FigureUnit.ITEM, now, previous, introduced + "&kind=VARIETY", Function.identity()));
        figures.add(flow("technologies", FigureUnit.PROJECT, now, previous, introduced + "&kind=TECHNOLOGY",
                Function.identity()));
        figures.add(flow("income", FigureUnit.YUAN, now, previous, logs, wan -> wan.multiply(TEN_THOUSAND)));
        List<String> sentences = new ArrayList<>(List.of("headcount"));
        if (now.figure("visits").value().signum() > 0) {
            sentences.add("services");
        }
        if (now.figure("varieties").value().add(now.figure("technologies").value()).signum() > 0) {
            sentences.add("introductions");
        }
        return new SectionContent(KEY, 10, figures, sentences, countyId == null ? counties(now) : List.of());
    }

    private static Figure stock(String key, String statistic, PeriodSummary now, PeriodSummary previous, String link) {
        SummaryFigure figure = now.figure(statistic);
        return Figure.stock(key, FigureUnit.PERSON, figure.atStart(), figure.value(),
                previous.figure(statistic).value(), figure.lastYear(), link);
    }

    private static Figure flow(String key, FigureUnit unit, PeriodSummary now, PeriodSummary previous, String link,
                               Function<BigDecimal, BigDecimal> scale) {
        SummaryFigure figure = now.figure(key);
        return Figure.flow(key, unit, scale.apply(figure.value()), scale.apply(previous.figure(key).value()),
                scale.apply(figure.lastYear()), link);
    }

    /** The statistics' table of counties (and the city's total) under the section's figure keys. */
    private static List<CountyFigures> counties(PeriodSummary now) {
        List<CountyFigures> rows = new ArrayList<>();
        for (CountyRow row : now.counties()) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            values.put("total", BigDecimal.valueOf(row.commissioners()));
            values.put("agriculture", BigDecimal.valueOf(row.agricultural()));
            values.put("agricultureCity", BigDecimal.valueOf(row.agriculturalCity()));
            values.put("industryNew", BigDecimal.valueOf(row.industrialNew()));
            values.put("enterprisesLinkedByNew", BigDecimal.valueOf(row.enterprisesLinkedByNew()));
            values.put("visits", BigDecimal.valueOf(row.visits()));
            values.put("trainings", BigDecimal.valueOf(row.trainings()));
            values.put("peopleTrained", BigDecimal.valueOf(row.peopleTrained()));
            values.put("income", row.income().multiply(TEN_THOUSAND));
            rows.add(new CountyFigures(row.countyId(), row.county(), values));
        }
        return rows;
    }
}
