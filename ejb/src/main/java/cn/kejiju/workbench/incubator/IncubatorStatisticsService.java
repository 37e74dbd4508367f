package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.commissioner.StatisticsPeriod;
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
    IncubatorSummaries summaries;

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
        if (carrierId != null) {
            carriers.get(carrierId);
        }
        return summaries.summary(period, county, carrierId, guard.countyScope());
    }

    /** The recognition thresholds by level, as configured. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<RecognitionLevel, RecognitionThreshold> thresholds() {
        return graduation.thresholds();
    }
}
