package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.security.CountyGuard;
import cn.kejiju.workbench.security.Roles;
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
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.VIEWER, Roles.API_READ})
public class StatisticsService {

    @Inject
    StatisticsQueries queries;

    @Inject
    CountyGuard guard;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CommissionerStatistics of(@NotNull StatisticsPeriod period) {
        return queries.compute(period, guard.countyScope());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
