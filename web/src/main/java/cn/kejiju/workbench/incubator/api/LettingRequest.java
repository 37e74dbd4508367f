package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.incubator.LettingDraft;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Letting units to an enterprise: the first agreement of its incubation at the carrier ({@code unitIds}: units
 * of the carrier, each once).
 */
@Schema(name = "LettingRequest")
public class LettingRequest {

    @Schema(required = true)
    @NotNull
    public Long enterpriseId;

    @Schema(required = true)
    @NotNull
    public Long carrierId;

    @NotEmpty
    public List<Long> unitIds;

    @Schema(required = true, description = "First day, the day of entry")
    @NotNull
    public LocalDate startDate;

    @Schema(required = true, description = "Last day (included), at most 10 years on")
    @NotNull
    public LocalDate endDate;

    @Schema(description = "Deposit in yuan; 0 when left out")
    public BigDecimal deposit;

    @Valid
    public List<ReliefStepRequest> relief;

    @Schema(description = "The approved entry application of the enterprise at the carrier that the agreement lets "
            + "units for; recorded on the agreement, once per application")
    public Long applicationId;

    LettingDraft toDraft() {
        return new LettingDraft(enterpriseId, carrierId, unitIds, startDate, endDate, deposit,
                ReliefStepRequest.steps(relief), applicationId);
    }
}
