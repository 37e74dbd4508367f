package cn.kejiju.workbench.preparedness;

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
 * (宣传活动), the people they reached and the consultations at their desks, and the materials issued to events
 * (发放资料). Two aggregate statements per period, grouped by county.
 */
@ApplicationScoped
public class PreparednessSummarySection implements SummarySection {

    static final String KEY = "preparedness";
    private static final List<String> TABLE = List.of("events", "peopleReached", "consultations", "materialsIssued");

    @Inject
    SectionQueries queries;

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
        List<Figure> figures = new ArrayList<>();
        figures.add(flow("events", FigureUnit.EVENT, shown, previous, lastYear, "/preparedness/campaigns.xhtml" + county));
        figures.add(flow("peopleReached", FigureUnit.PERSON_TIMES, shown, previous, lastYear,
                "/preparedness/campaigns.xhtml" + county));
        figures.add(flow("consultations", FigureUnit.PERSON_TIMES, shown, previous, lastYear,
                "/preparedness/campaigns.xhtml" + county));
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

    private Map<Long, Map<String, BigDecimal>> tallies(SummaryPeriod period, Long countyId) {
        Map<Long, Map<String, BigDecimal>> tallies = new HashMap<>(SectionQueries.tallies(queries.byCounty(
                "select e.county_id, count(*), sum(e.people_reached), sum(e.consultations) from prep_event e"
                        + " where e.status = 'APPROVED' and e.held_at >= ? and e.held_at < ?"
                        + SectionQueries.scope("e", countyId) + " group by e.county_id",
                countyId, period.from().atStartOfDay(), period.to().plusDays(1).atStartOfDay()),
                r -> new HashMap<>(Map.of("events", SectionQueries.number(r[1]),
                        "peopleReached", SectionQueries.number(r[2]),
                        "consultations", SectionQueries.number(r[3])))));
        queries.byCounty("select m.county_id, sum(m.quantity) from prep_material_movement m"
                        + " where m.type = 'ISSUE' and m.moved_on >= ? and m.moved_on <= ?"
                        + SectionQueries.scope("m", countyId) + " group by m.county_id",
                countyId, period.from(), period.to())
                .forEach((county, r) -> tallies.computeIfAbsent(county, id -> new HashMap<>())
                        .put("materialsIssued", SectionQueries.number(r[1])));
        return tallies;
    }
}
