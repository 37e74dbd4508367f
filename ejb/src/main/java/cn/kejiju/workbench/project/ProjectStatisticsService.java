package cn.kejiju.workbench.project;

import cn.kejiju.workbench.commissioner.FigureTally;
import cn.kejiju.workbench.commissioner.StatisticsPeriod;
import cn.kejiju.workbench.commissioner.SummaryQueries;
import cn.kejiju.workbench.indicator.IndicatorStatisticsQueries;
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
 * The statistics of S&T plan projects and innovation indicators of any period (科技项目与创新指标统计), within the
 * caller's county (city users: every county, or one chosen): applications and approvals by level and programme,
 * the success rate, funds won and received, acceptances due and overdue (aggregates of the project context), and
 * patents and high-tech enterprises (the indicator context's aggregates, through its statistics queries). Each
 * figure with its value at the start of the period and the same period last year.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class ProjectStatisticsService {

    @Inject
    ProjectStatisticsQueries queries;

    @Inject
    IndicatorStatisticsQueries indicators;

    @Inject
    SummaryQueries summaries;

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
    public ProjectSummary summary(@NotNull StatisticsPeriod period, Long county) {
        Long scope = guard.countyScope();
        if (scope != null && county != null && !scope.equals(county)) {
            throw new NotFoundException("Jurisdiction", county);
        }
        Long shown = scope != null ? scope : county;
        Map<Long, String> counties = summaries.counties(scope);
        if (shown != null && !counties.containsKey(shown)) {
            throw new NotFoundException("Jurisdiction", shown);
        }
        StatisticsPeriod lastYear = ProjectSummary.lastYearOf(period);
        Map<Long, Map<Long, FigureTally>> now = queries.tallies(period, ProjectSummary.yearStart(period), scope);
        Map<Long, FigureTally> indicatorsNow = indicators.tallies(period, ProjectSummary.yearStart(period), scope);
        Map<Long, Map<Long, FigureTally>> before = queries.tallies(lastYear, ProjectSummary.yearStart(lastYear), scope);
        Map<Long, FigureTally> indicatorsBefore = indicators.tallies(lastYear, ProjectSummary.yearStart(lastYear), scope);
        // the county plan's figures travel with each county's indicators (one statement per period)
        queries.planTallies(period, ProjectSummary.yearStart(period), scope)
                .forEach((c, t) -> indicatorsNow.computeIfAbsent(c, k -> new FigureTally()).add(t));
        queries.planTallies(lastYear, ProjectSummary.yearStart(lastYear), scope)
                .forEach((c, t) -> indicatorsBefore.computeIfAbsent(c, k -> new FigureTally()).add(t));
        return ProjectSummary.of(period, counties, shown, queries.programmes(), now, indicatorsNow, before,
                indicatorsBefore);
    }
}
