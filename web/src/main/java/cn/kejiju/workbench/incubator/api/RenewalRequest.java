package cn.kejiju.workbench.incubator.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Renewing a running agreement: the same units from the day after it ends. */
@Schema(name = "RenewalRequest")
public class RenewalRequest {

    @Schema(required = true, description = "The version of the agreement read")
    @NotNull
    public Long version;

    @Schema(required = true, description = "Last day of the renewal (included)")
    @NotNull
    public LocalDate endDate;

    @Schema(description = "Deposit in yuan; 0 when left out")
    public BigDecimal deposit;

    @Valid
    public List<ReliefStepRequest> relief;
}
