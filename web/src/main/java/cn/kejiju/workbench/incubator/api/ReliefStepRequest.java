package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.incubator.ReliefStep;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** One step of a rent relief schedule. */
@Schema(name = "ReliefStepRequest")
public class ReliefStepRequest {

    @Schema(required = true, description = "First month of the agreement the step covers (the first month is 1)", example = "1")
    @NotNull
    public Integer fromMonth;

    @Schema(required = true, description = "Last month the step covers", example = "12")
    @NotNull
    public Integer toMonth;

    @Schema(required = true, description = "Share of the rent waived, 0 to 100", example = "100")
    @NotNull
    public BigDecimal percent;

    static List<ReliefStep> steps(List<ReliefStepRequest> requests) {
        return requests == null ? List.of() : requests.stream()
                .map(r -> new ReliefStep(r.fromMonth == null ? 0 : r.fromMonth, r.toMonth == null ? 0 : r.toMonth,
                        r.percent))
                .toList();
    }
}
