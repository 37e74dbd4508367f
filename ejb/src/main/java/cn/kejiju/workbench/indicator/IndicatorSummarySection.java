package cn.kejiju.workbench.indicator;

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
import java.util.Map;
import java.util.Set;

/**
 * The innovation indicators' section of the work summary (知识产权与高新技术企业): "专利申请205件，授权85件",
 * "新认定高新技术企业5家".
 * <ul>
 *   <li>{@code patentsApplied} / {@code inventionsApplied}: patents (of them inventions, 发明) applied for within
 *   the period; {@code patentsGranted} / {@code inventionsGranted}: granted within it (a patent lapsed since
 *   still counts in the period it was granted);</li>
 *   <li>{@code highTechNew}: enterprises recognised as 高新技术企业 within the period (certificate issued);
 *   {@code highTechValid}: those whose certificate is valid (three years from issue) on the period's last day,
 *   with the count on its first day (the certificate as master data keeps it).</li>
 * </ul>
 * The figures are the indicator statistics' tallies ({@link IndicatorStatisticsQueries}: four aggregate statements per
 * period, grouped by county), so the summary carries exactly the statistics' figures.
 */
@ApplicationScoped
public class IndicatorSummarySection implements SummarySection {

    static final String KEY = "indicator";
    private static final List<String> TABLE = List.of("patentsApplied", "patentsGranted", "inventionsGranted",
            "highTechNew", "highTechValid");

    @Inject
    SectionQueries queries;

    @Inject
    IndicatorStatisticsQueries statistics;

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Set<String> figureKeys() {
        return Set.of("patentsApplied", "inventionsApplied", "patentsGranted", "inventionsGranted", "highTechNew",
                "highTechValid");
    }

    @Override
    public SectionContent contribute(SummaryPeriod period, Long countyId) {
        Map<Long, Map<String, BigDecimal>> now = tallies(period, countyId);
        Map<String, BigDecimal> shown = SectionQueries.shown(now, countyId);
        Map<String, BigDecimal> previous = SectionQueries.shown(tallies(period.previous(), countyId), countyId);
        Map<String, BigDecimal> lastYear = SectionQueries.shown(tallies(period.sameLastYear(), countyId), countyId);
        String county = countyId == null ? "" : "&county=" + countyId;
        // the patents filed within the period, and those granted within it (whatever their status since)
        String patents = "/indicator/patents.xhtml?appliedFrom=" + period.from() + "&appliedTo=" + period.to() + county;
        String granted = "/indicator/patents.xhtml?grantedFrom=" + period.from() + "&grantedTo=" + period.to() + county;
        String highTech = "/indicator/high-tech.xhtml?stage=RECOGNISED" + county;
        String issued = "/indicator/high-tech.xhtml?issuedFrom=" + period.from() + "&issuedTo=" + period.to() + county;
        List<Figure> figures = new ArrayList<>();
        figures.add(flow("patentsApplied", shown, previous, lastYear, patents));
        figures.add(flow("inventionsApplied", shown, previous, lastYear, patents + "&type=INVENTION"));
        figures.add(flow("patentsGranted", shown, previous, lastYear, granted));
        figures.add(flow("inventionsGranted", shown, previous, lastYear, granted + "&type=INVENTION"));
        figures.add(Figure.flow("highTechNew", FigureUnit.ENTERPRISE, value(shown, "highTechNew"),
                value(previous, "highTechNew"), value(lastYear, "highTechNew"), issued));
        figures.add(Figure.stock("highTechValid", FigureUnit.ENTERPRISE, value(shown, "highTechValidAtStart"),
                value(shown, "highTechValid"), value(previous, "highTechValid"), value(lastYear, "highTechValid"),
                highTech));
        List<String> sentences = new ArrayList<>();
        if (value(shown, "patentsApplied").signum() > 0 || value(shown, "patentsGranted").signum() > 0) {
            sentences.add("patents");
        }
        if (value(shown, "highTechValid").signum() > 0 || value(shown, "highTechValidAtStart").signum() > 0) {
            sentences.add("highTech");
        }
        return new SectionContent(KEY, 60, figures, sentences, countyId == null ? queries.table(now, TABLE) : List.of());
    }

    private static Figure flow(String key, Map<String, BigDecimal> now, Map<String, BigDecimal> previous,
                               Map<String, BigDecimal> lastYear, String link) {
        return Figure.flow(key, FigureUnit.PIECE, value(now, key), value(previous, key), value(lastYear, key), link);
    }

    private static BigDecimal value(Map<String, BigDecimal> values, String key) {
        return values.getOrDefault(key, BigDecimal.ZERO);
    }

    /**
     * Each county's figures of the period, read from the statistics' tallies ({@link IndicatorStatisticsQueries}:
     * the patents of the period by type, the recognitions issued in it, the certificates valid on its first and
     * last day), so that the summary and the statistics agree by construction.
     */
    private Map<Long, Map<String, BigDecimal>> tallies(SummaryPeriod period, Long countyId) {
        Map<Long, Map<String, BigDecimal>> tallies = new HashMap<>();
        statistics.tallies(new StatisticsPeriod(period.from(), period.to()),
                        LocalDate.of(period.from().getYear(), 1, 1), countyId)
                .forEach((county, t) -> tallies.put(county, Map.of(
                        "patentsApplied", t.get("patentsApplied"),
                        "inventionsApplied", t.get("patentsApplied.INVENTION"),
                        "patentsGranted", t.get("patentsGranted"),
                        "inventionsGranted", t.get("patentsGranted.INVENTION"),
                        "highTechNew", t.get("highTechRecognised"),
                        "highTechValid", t.get("highTechValid.end"),
                        "highTechValidAtStart", t.get("highTechValid.start"))));
        return tallies;
    }
}
