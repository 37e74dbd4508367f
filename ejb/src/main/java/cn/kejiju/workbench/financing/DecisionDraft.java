package cn.kejiju.workbench.financing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A decision as the clerk prepares it: the outcome and reasons, and for an approval the agreement the
 * guarantee counts against and the guarantee's terms.
 */
public record DecisionDraft(Outcome outcome, String reasons, Long cooperationId, BigDecimal guaranteeAmount,
                            BigDecimal feeRate, LocalDate startDate, LocalDate endDate,
                            List<CounterGuarantee> counterGuarantees) {

    GuaranteeTerms terms() {
        return new GuaranteeTerms(guaranteeAmount, feeRate, startDate, endDate, counterGuarantees);
    }
}
