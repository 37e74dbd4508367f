package cn.kejiju.workbench.incubator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An agreement as the audit trail records it. */
public record AgreementDraft(long incubateeId, long enterpriseId, List<Long> unitIds, LocalDate startDate,
                             LocalDate endDate, BigDecimal deposit, BigDecimal monthlyRent, String relief,
                             AgreementStatus status, Long predecessorId) {

    public static AgreementDraft of(Agreement a) {
        return new AgreementDraft(a.getIncubatee().getId(), a.getIncubatee().getEnterprise().getId(),
                a.getLettings().stream().map(l -> l.getUnit().getId()).toList(), a.getStartDate(), a.getEndDate(),
                a.getDeposit(), a.getMonthlyRent(), a.reliefSchedule().steps().toString(), a.getStatus(),
                a.predecessorId().orElse(null));
    }
}
