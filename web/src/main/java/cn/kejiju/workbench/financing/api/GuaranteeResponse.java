package cn.kejiju.workbench.financing.api;

import cn.kejiju.workbench.financing.CounterGuarantee;
import cn.kejiju.workbench.financing.CounterGuaranteeKind;
import cn.kejiju.workbench.financing.Guarantee;
import cn.kejiju.workbench.financing.GuaranteeStatus;
import cn.kejiju.workbench.financing.Yuan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** A guarantee with its counter-guarantees. Money as decimal strings (yuan); the fee rate in percent. */
@Schema(name = "Guarantee")
public record GuaranteeResponse(
        long id,
        GuaranteeStatus status,
        long cooperationId,
        FinancingRef counterparty,
        String amount,
        String feeRate,
        String annualFee,
        LocalDate startDate,
        LocalDate endDate,
        List<Counter> counterGuarantees,
        String counterValue) {

    /** A counter-guarantee. */
    @Schema(name = "CounterGuarantee")
    public record Counter(CounterGuaranteeKind kind, String description, String value) {
    }

    static GuaranteeResponse of(Guarantee g) {
        List<CounterGuarantee> counters = g.getCounterGuarantees();
        return new GuaranteeResponse(g.getId(), g.getStatus(), g.getCooperation().getId(),
                FinancingRef.of(g.getCooperation().getCounterparty()), Yuan.plain(g.getAmount()),
                g.getFeeRate().stripTrailingZeros().toPlainString(), Yuan.plain(g.annualFee()), g.getStartDate(),
                g.getEndDate(), counters.stream().map(c -> new Counter(c.getKind(), c.getDescription(),
                Yuan.plain(c.getValue()))).toList(), Yuan.plain(g.terms().counterValue()));
    }
}
