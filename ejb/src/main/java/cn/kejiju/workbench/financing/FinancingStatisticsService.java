package cn.kejiju.workbench.financing;

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
import java.util.Map;

/**
 * The financing statistics of any period (融资统计), within the caller's county (city users: every county, or one
 * chosen): aggregates in the database grouped by county, each figure with the start of the period and the same
 * period last year, the guarantee companies with their headroom and the agreements with their quota used.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class FinancingStatisticsService {

    @Inject
    FinancingStatisticsQueries queries;

    @Inject
    SummaryQueries summaries;

    @Inject
    PartnerRepository partners;

    @Inject
    CountyGuard guard;

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The figures of the period for the city ({@code county} null) or one county; a county user gets its county
     * whatever it asks for, another county answers 404.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public FinancingStatistics summary(@NotNull StatisticsPeriod period, Long county) {
        Long scope = guard.countyScope();
        if (scope != null && county != null && !scope.equals(county)) {
            throw new NotFoundException("Jurisdiction", county);
        }
        Long shown = scope != null ? scope : county;
        Map<Long, String> counties = summaries.counties(scope);
        if (shown != null && !counties.containsKey(shown)) {
            throw new NotFoundException("Jurisdiction", shown);
        }
        ClassificationBands bands = partners.settings().bands();
        LocalDate today = today();
        Map<Long, FigureTally> now = queries.tallies(period, scope, bands, today);
        Map<Long, FigureTally> lastYear = queries.tallies(FinancingStatistics.lastYearOf(period), scope, bands, today);
        return FinancingStatistics.of(period, counties, shown, now, lastYear,
                queries.guarantors(period.to(), shown), queries.agreements(period.to(), shown));
    }
}
