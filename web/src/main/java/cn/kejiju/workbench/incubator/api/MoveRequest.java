package cn.kejiju.workbench.incubator.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Moving the tenant to other units of the carrier ({@code unitIds}, each once): the running agreement ends the
 * day before.
 */
@Schema(name = "MoveRequest")
public class MoveRequest {

    @Schema(required = true, description = "The version of the agreement read")
    @NotNull
    public Long version;

    @NotEmpty
    public List<Long> unitIds;

    @Schema(required = true, description = "The day of the move: the successor's first day")
    @NotNull
    public LocalDate startDate;

    @Schema(required = true, description = "Last day of the successor (included)")
    @NotNull
    public LocalDate endDate;

    @Schema(description = "Deposit in yuan; 0 when left out")
    public BigDecimal deposit;

    @Valid
    public List<ReliefStepRequest> relief;
}
