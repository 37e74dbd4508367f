package cn.kejiju.workbench.preparedness;

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
 * The preparedness statistics of any period (防震减灾宣传统计), within the caller's county (city users: every
 * county, or one chosen): aggregates in the database, each figure with the same period last year, the table of
 * counties, the townships' events and the campaigns' goal progress. Eight statements whatever the data.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class PreparednessStatisticsService {

    @Inject
    PreparednessStatisticsQueries queries;

    @Inject
    SummaryQueries summaries;

    @Inject
    CountyGuard guard;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The figures of the period for the city ({@code county} null) or one county; a county user gets its county
     * whatever it asks for, another county answers 404.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PreparednessSummary summary(@NotNull StatisticsPeriod period, Long county) {
        Long scope = guard.countyScope();
        if (scope != null && county != null && !scope.equals(county)) {
            throw new NotFoundException("Jurisdiction", county);
        }
        Long shown = scope != null ? scope : county;
        Map<Long, String> counties = summaries.counties(scope);
        if (shown != null && !counties.containsKey(shown)) {
            throw new NotFoundException("Jurisdiction", shown);
        }
        PreparednessStatisticsQueries.Tallies now = queries.tallies(period, scope);
        PreparednessStatisticsQueries.Tallies lastYear = queries.tallies(PreparednessSummary.lastYearOf(period), scope);
        return PreparednessSummary.of(period, counties, shown, now.byCounty(), lastYear.byCounty(), now.townships(),
                queries.campaigns(period, shown));
    }
}
