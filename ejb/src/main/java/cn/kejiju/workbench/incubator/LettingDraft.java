package cn.kejiju.workbench.incubator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a clerk submits to let units to an enterprise: the first agreement of its incubation at the carrier.
 * Relief steps are (from month, to month, percent waived). {@code applicationId} names the approved entry
 * application the agreement lets units for, or is null.
 */
public record LettingDraft(Long enterpriseId, Long carrierId, List<Long> unitIds, LocalDate startDate,
                           LocalDate endDate, BigDecimal deposit, List<ReliefStep> relief, Long applicationId) {

    public LettingDraft(Long enterpriseId, Long carrierId, List<Long> unitIds, LocalDate startDate,
                        LocalDate endDate, BigDecimal deposit, List<ReliefStep> relief) {
        this(enterpriseId, carrierId, unitIds, startDate, endDate, deposit, relief, null);
    }
}
