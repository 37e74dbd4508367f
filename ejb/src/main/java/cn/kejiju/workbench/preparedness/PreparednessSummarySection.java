package cn.kejiju.workbench.preparedness;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Earthquake preparedness publicity's section of the work summary: the approved events held within the period
 * (宣传活动), the people they reached and the consultations at their desks, and the copies of the consumable
 * materials issued to those events (发放资料; display boards and banners are lent, not issued). These are the
 * preparedness statistics' tallies ({@link PreparednessStatisticsQueries#tallies}), so the summary and the
 * statistics page cannot disagree. The events' figures open the campaigns running in the period, the materials
 * the material stock: neither counts the figure's records (the events and the issues have no list of their own).
 */
@ApplicationScoped
public class PreparednessSummarySection implements SummarySection {

    static final String KEY = "preparedness";
    private static final List<String> TABLE = List.of("events", "peopleReached", "consultations", "materialsIssued");

    @Inject
    SectionQueries queries;

    @Inject
    PreparednessStatisticsQueries statistics;

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Set<String> figureKeys() {
        return Set.of("events", "peopleReached", "consultations", "materialsIssued");
    }

    @Override
    public SectionContent contribute(SummaryPeriod period, Long countyId) {
        Map<Long, Map<String, BigDecimal>> now = tallies(period, countyId);
        Map<String, BigDecimal> shown = SectionQueries.shown(now, countyId);
        Map<String, BigDecimal> previous = SectionQueries.shown(tallies(period.previous(), countyId), countyId);
        Map<String, BigDecimal> lastYear = SectionQueries.shown(tallies(period.sameLastYear(), countyId), countyId);
        String county = countyId == null ? "" : "?county=" + countyId;
        // the campaigns running in the period (their events held in it are the figures' records)
        String campaigns = "/preparedness/campaigns.xhtml?from=" + period.from() + "&to=" + period.to()
                + (countyId == null ? "" : "&county=" + countyId);
        List<Figure> figures = new ArrayList<>();
        figures.add(flow("events", FigureUnit.EVENT, shown, previous, lastYear, campaigns));
        figures.add(flow("peopleReached", FigureUnit.PERSON_TIMES, shown, previous, lastYear, campaigns));
        figures.add(flow("consultations", FigureUnit.PERSON_TIMES, shown, previous, lastYear, campaigns));
        figures.add(flow("materialsIssued", FigureUnit.COPIES, shown, previous, lastYear,
                "/preparedness/materials.xhtml" + county));
        List<String> sentences = new ArrayList<>();
        if (shown.getOrDefault("events", BigDecimal.ZERO).signum() > 0) {
            sentences.add("publicity");
        }
        return new SectionContent(KEY, 40, figures, sentences, countyId == null ? queries.table(now, TABLE) : List.of());
    }

    private static Figure flow(String key, FigureUnit unit, Map<String, BigDecimal> now,
                               Map<String, BigDecimal> previous, Map<String, BigDecimal> lastYear, String link) {
        return Figure.flow(key, unit, now.getOrDefault(key, BigDecimal.ZERO), previous.getOrDefault(key, BigDecimal.ZERO),
                lastYear.getOrDefault(key, BigDecimal.ZERO), link);
    }

    /** Each county's figures of the period from the statistics' tallies. */
    private Map<Long, Map<String, BigDecimal>> tallies(SummaryPeriod period, Long countyId) {
        Map<Long, FigureTally> byCounty = statistics.tallies(new StatisticsPeriod(period.from(), period.to()), countyId)
                .byCounty();
        Map<Long, Map<String, BigDecimal>> tallies = new HashMap<>();
        byCounty.forEach((county, t) -> {
            BigDecimal issued = BigDecimal.ZERO;
            for (MaterialKind kind : MaterialKind.values()) {
                if (!kind.reusable()) {
                    issued = issued.add(t.get("materials." + kind.name()));
                }
            }
            tallies.put(county, new HashMap<>(Map.of("events", t.get("events"), "peopleReached", t.get("people"),
                    "consultations", t.get("consultations"), "materialsIssued", issued)));
        });
        return tallies;
    }
}
