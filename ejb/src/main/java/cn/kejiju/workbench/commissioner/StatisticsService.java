package cn.kejiju.workbench.commissioner;

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

/** The programme's statistics for any period, within the caller's county (city users: every county). */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class StatisticsService {

    @Inject
    StatisticsQueries queries;

    @Inject
    SummaryQueries summaries;

    @Inject
    CountyGuard guard;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CommissionerStatistics of(@NotNull StatisticsPeriod period) {
        return queries.compute(period, guard.countyScope());
    }

    /** The statistics of one county ({@code county} null: the caller's whole scope); another county answers 404. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CommissionerStatistics of(@NotNull StatisticsPeriod period, Long county) {
        Long scope = guard.countyScope();
        if (scope != null && county != null && !scope.equals(county)) {
            throw new NotFoundException("Jurisdiction", county);
        }
        return queries.compute(period, scope != null ? scope : county);
    }

    /**
     * The summary paragraph's figures of the period for the city ({@code county} null) or one county, with
     * the table of counties; a county user gets its county whatever it asks for, another county answers 404.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PeriodSummary summary(@NotNull StatisticsPeriod period, Long county) {
        return summaries.summary(period, county, guard.countyScope());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
