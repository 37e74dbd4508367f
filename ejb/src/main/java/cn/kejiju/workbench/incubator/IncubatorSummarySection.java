package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.commissioner.StatisticsPeriod;
import cn.kejiju.workbench.commissioner.SummaryFigure;
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
import java.util.Objects;
import java.util.Set;

/**
 * The incubators' section of the work summary: carriers, tenants (在孵企业) at the start and the end of the
 * period and new in it, the area, the graduates of the period and in all. The figures are the incubator
 * statistics' ({@link IncubatorSummary}), computed for the period and for the previous one.
 */
@ApplicationScoped
public class IncubatorSummarySection implements SummarySection {

    static final String KEY = "incubator";

    @Inject
    IncubatorSummaries summaries;

    @Inject
    CountyGuard guard;

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Set<String> figureKeys() {
        return Set.of("carriers", "tenants", "tenantsNew", "totalArea", "letArea", "graduates", "graduatesTotal",
                "investment");
    }

    @Override
    public SectionContent contribute(SummaryPeriod period, Long countyId) {
        Long scope = guard.countyScope();
        IncubatorSummary now = summaries.summary(new StatisticsPeriod(period.from(), period.to()), countyId, null, scope);
        SummaryPeriod before = period.previous();
        IncubatorSummary previous = summaries.summary(new StatisticsPeriod(before.from(), before.to()), countyId, null,
                scope);
        String county = countyId == null ? "" : "county=" + countyId;
        String tenants = "/incubator/tenants.xhtml" + (county.isEmpty() ? "" : "?" + county);
        String and = county.isEmpty() ? "" : "&" + county;
        // the tenants on the period's last day; those that entered within it; graduated within it, and by its end
        String onLastDay = "/incubator/tenants.xhtml?asOf=" + period.to() + and;
        String entered = "/incubator/tenants.xhtml?enteredFrom=" + period.from() + "&enteredTo=" + period.to() + and;
        String graduatedBy = "/incubator/tenants.xhtml?graduatedTo=" + period.to();
        String graduated = graduatedBy + "&graduatedFrom=" + period.from() + and;
        String carriers = "/incubator/carriers.xhtml" + (county.isEmpty() ? "" : "?" + county);
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.flow("carriers", FigureUnit.ITEM, BigDecimal.valueOf(now.carriers().size()), null, null,
                carriers));
        figures.add(stock("tenants", FigureUnit.ENTERPRISE, now, previous, onLastDay));
        SummaryFigure tenantCount = now.figure("tenants");
        figures.add(Figure.flow("tenantsNew", FigureUnit.ENTERPRISE, tenantCount.newInPeriod(),
                previous.figure("tenants").newInPeriod(), null, entered));
        figures.add(stock("totalArea", FigureUnit.SQUARE_METRE, now, previous, carriers));
        figures.add(stock("letArea", FigureUnit.SQUARE_METRE, now, previous, onLastDay));
        figures.add(flow("graduates", FigureUnit.ENTERPRISE, now, previous, graduated));
        figures.add(stock("graduatesTotal", FigureUnit.ENTERPRISE, now, previous, graduatedBy + and));
        figures.add(flow("investment", FigureUnit.YUAN, now, previous, tenants));
        List<String> sentences = new ArrayList<>();
        if (!now.carriers().isEmpty()) {
            sentences.add("carriers");
            if (now.figure("graduates").value().signum() > 0) {
                sentences.add("graduates");
            }
        }
        return new SectionContent(KEY, 20, figures, sentences, countyId == null ? counties(now) : List.of());
    }

    private static Figure stock(String key, FigureUnit unit, IncubatorSummary now, IncubatorSummary previous,
                                String link) {
        SummaryFigure figure = now.figure(key);
        return Figure.stock(key, unit, figure.atStart(), figure.value(), previous.figure(key).value(),
                figure.lastYear(), link);
    }

    /** A sum over the period; investment is kept in 万元 by the incubatees' yearly figures. */
    private static Figure flow(String key, FigureUnit unit, IncubatorSummary now, IncubatorSummary previous,
                               String link) {
        BigDecimal scale = unit.isMoney() ? BigDecimal.valueOf(10_000) : BigDecimal.ONE;
        SummaryFigure figure = now.figure(key);
        return Figure.flow(key, unit, figure.value().multiply(scale), previous.figure(key).value().multiply(scale),
                figure.lastYear().multiply(scale), link);
    }

    private static List<CountyFigures> counties(IncubatorSummary now) {
        List<CountyFigures> rows = new ArrayList<>();
        for (IncubatorSummary.CountyRow row : now.counties()) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            values.put("carriers", BigDecimal.valueOf(now.carriers().stream()
                    .filter(c -> row.countyId() == null || Objects.equals(c.countyId(), row.countyId())).count()));
            values.put("tenants", BigDecimal.valueOf(row.tenants()));
            values.put("tenantsNew", BigDecimal.valueOf(row.tenantsNew()));
            values.put("totalArea", row.totalArea());
            values.put("letArea", row.letArea());
            values.put("graduates", BigDecimal.valueOf(row.graduates()));
            rows.add(new CountyFigures(row.countyId(), row.county(), values));
        }
        return rows;
    }
}
