package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.commissioner.FigureTally;
import cn.kejiju.workbench.commissioner.StatisticsPeriod;
import cn.kejiju.workbench.commissioner.SummaryQueries;
import cn.kejiju.workbench.security.CountyGuard;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The incubator statistics of any period (孵化统计), within the caller's county (city users: every county, or
 * one chosen), optionally of one carrier: aggregates in the database, each figure with the start of the
 * period and the same period last year, the carriers with their recognition indicators.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class IncubatorStatisticsService {

    @Inject
    IncubatorStatisticsQueries queries;

    @Inject
    SummaryQueries summaries;

    @Inject
    GraduationRepository graduation;

    @Inject
    CarrierService carriers;

    @Inject
    CountyGuard guard;

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The figures of the period for the city ({@code county} null) or one county, optionally of one carrier;
     * a county user gets its county whatever it asks for, another county or carrier answers 404.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public IncubatorSummary summary(@NotNull StatisticsPeriod period, Long county, Long carrierId) {
        Long scope = guard.countyScope();
        if (scope != null && county != null && !scope.equals(county)) {
            throw new NotFoundException("Jurisdiction", county);
        }
        Long shown = scope != null ? scope : county;
        Map<Long, String> counties = summaries.counties(scope);
        if (shown != null && !counties.containsKey(shown)) {
            throw new NotFoundException("Jurisdiction", shown);
        }
        if (carrierId != null) {
            carriers.get(carrierId);
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

    /** The recognition thresholds by level, as configured. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<RecognitionLevel, RecognitionThreshold> thresholds() {
        return graduation.thresholds();
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
