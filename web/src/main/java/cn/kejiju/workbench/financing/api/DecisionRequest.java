package cn.kejiju.workbench.financing.api;

import cn.kejiju.workbench.financing.CounterGuarantee;
import cn.kejiju.workbench.financing.CounterGuaranteeKind;
import cn.kejiju.workbench.financing.DecisionDraft;
import cn.kejiju.workbench.financing.Outcome;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The decision a clerk prepares after the committee: APPROVE with the agreement and the guarantee's terms, or
 * REJECT with reasons. A leader (not the preparer) takes it.
 */
@Schema(name = "FinancingDecisionRequest")
public class DecisionRequest {

    @Schema(required = true)
    @NotNull
    public Long version;

    @Schema(required = true)
    @NotNull
    public Outcome outcome;

    @Schema(description = "Required for REJECT")
    @Size(max = 1000)
    public String reasons;

    @Schema(description = "APPROVE: the cooperation agreement the guarantee counts against")
    public Long cooperationId;

    @Schema(type = SchemaType.STRING, description = "APPROVE: guaranteed amount in yuan, not above the amount applied for")
    public BigDecimal guaranteeAmount;

    @Schema(type = SchemaType.STRING, description = "APPROVE: annual fee rate in percent, e.g. 1.5", example = "1.5")
    public BigDecimal feeRate;

    public LocalDate startDate;

    public LocalDate endDate;

    @Valid
    public List<CounterRequest> counterGuarantees;

    /** A counter-guarantee (反担保). */
    @Schema(name = "CounterGuaranteeRequest")
    public static class CounterRequest {

        @NotNull
        public CounterGuaranteeKind kind;

        @Size(max = CounterGuarantee.DESCRIPTION_MAX)
        public String description;

        @Schema(type = SchemaType.STRING, description = "Value in yuan")
        public BigDecimal value;
    }

    DecisionDraft toDraft() {
        List<CounterGuarantee> counters = counterGuarantees == null ? List.of() : counterGuarantees.stream()
                .map(c -> new CounterGuarantee(c.kind, c.description, c.value)).toList();
        return new DecisionDraft(outcome, reasons, cooperationId, guaranteeAmount, feeRate, startDate, endDate, counters);
    }
}
