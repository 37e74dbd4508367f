package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.Demand;
import cn.kejiju.workbench.commissioner.DemandDraft;
import cn.kejiju.workbench.commissioner.ServiceField;
import cn.kejiju.workbench.commissioner.TargetKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A demand (需求) a village, cooperative or enterprise posted. */
@Schema(name = "DemandRequest")
public class DemandRequest {

    @Schema(required = true)
    @NotNull
    public TargetKind targetKind;

    @Schema(required = true, description = "Id of the village (jurisdiction) or of the cooperative or enterprise")
    @NotNull
    public Long targetId;

    @Schema(required = true)
    @NotNull
    public ServiceField field;

    @Schema(required = true, example = "茶园病虫害防治")
    @NotBlank
    @Size(max = Demand.PROBLEM_MAX)
    public String problem;

    @Schema(description = "Day posted, not in the future; today when left out")
    public LocalDate postedOn;

    DemandDraft toDraft() {
        return new DemandDraft(targetKind, targetId, field, problem, postedOn);
    }
}
