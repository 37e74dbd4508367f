package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.commissioner.FigureTally;
import cn.kejiju.workbench.commissioner.StatisticsPeriod;
import cn.kejiju.workbench.commissioner.SummaryQueries;
import cn.kejiju.workbench.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The incubator figures of a period ({@link IncubatorSummary}) for the counties a scope confines to, without a
 * role check: {@link IncubatorStatisticsService} checks its callers' roles (and the carrier asked for); the work
 * summary's section reads it for the callers the summary or its targets let in, and for the application itself
 * (the targets' to-do warning).
 */
@ApplicationScoped
public class IncubatorSummaries {

    @Inject
    IncubatorStatisticsQueries queries;

    @Inject
    SummaryQueries summaries;

    @Inject
    GraduationRepository graduation;

    /**
     * The figures of the period for the counties {@code scope} confines to (null: the city) and, of them,
     * {@code county} (null: all), optionally of one carrier; a county outside the scope answers 404.
     */
    public IncubatorSummary summary(StatisticsPeriod period, Long county, Long carrierId, Long scope) {
        if (scope != null && county != null && !scope.equals(county)) {
            throw new NotFoundException("Jurisdiction", county);
        }
        Long shown = scope != null ? scope : county;
        Map<Long, String> counties = summaries.counties(scope);
        if (shown != null && !counties.containsKey(shown)) {
            throw new NotFoundException("Jurisdiction", shown);
        }
        List<IncubatorStatisticsQueries.CarrierInfo> carrierInfos = queries.carriers(scope, carrierId);
        Map<Long, FigureTally> now = queries.tallies(period, scope, carrierId);
        Map<Long, FigureTally> lastYear = queries.tallies(IncubatorSummary.lastYearOf(period), scope, carrierId);
        Map<RecognitionLevel, RecognitionThreshold> thresholds = graduation.thresholds();
        List<IncubatorSummary.CarrierRow> rows = carrierInfos.stream().map(c -> {
            FigureTally t = now.getOrDefault(c.id(), new FigureTally());
            CarrierFigures figures = new CarrierFigures(t.get("totalArea.end"), t.get("letArea.end"),
                    t.get("tenants.end").longValue(), t.get("graduatesTotal.end").longValue());
            RecognitionThreshold threshold = thresholds.get(c.level());
            return new IncubatorSummary.CarrierRow(c.id(), c.name(), c.countyId(), c.county(), c.level(), figures,
                    t.get("tenants.new").longValue(), t.get("graduates").longValue(),
                    threshold == null ? List.of() : threshold.judge(figures));
        }).toList();
        Map<Long, Long> countyOf = new HashMap<>();
        carrierInfos.forEach(c -> countyOf.put(c.id(), c.countyId()));
        return IncubatorSummary.of(period, counties, shown, byCounty(now, countyOf), byCounty(lastYear, countyOf), rows);
    }

    private static Map<Long, FigureTally> byCounty(Map<Long, FigureTally> byCarrier, Map<Long, Long> countyOf) {
        Map<Long, List<FigureTally>> grouped = new HashMap<>();
        byCarrier.forEach((carrier, tally) -> {
            Long county = countyOf.get(carrier);
            if (county != null) {
                grouped.computeIfAbsent(county, c -> new ArrayList<>()).add(tally);
            }
        });
        Map<Long, FigureTally> byCounty = new HashMap<>();
        grouped.forEach((county, tallies) -> byCounty.put(county, FigureTally.sum(tallies)));
        return byCounty;
    }
}
