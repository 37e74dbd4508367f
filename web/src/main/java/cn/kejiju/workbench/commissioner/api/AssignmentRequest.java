package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.Assignment;
import cn.kejiju.workbench.commissioner.AssignmentDraft;
import cn.kejiju.workbench.commissioner.TargetKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * An assignment to open, or the new plan of one (period and goals; commissioner and target cannot
 * change). {@code version} is required when replanning.
 */
@Schema(name = "AssignmentRequest", description = "An assignment (派驻) to open, or its new plan")
public class AssignmentRequest {

    @Schema(description = "Required when opening; when replanning it may be left out (it cannot change)")
    public Long commissionerId;

    @Schema(description = "Required when opening")
    public TargetKind targetKind;

    @Schema(description = "Id of the village (jurisdiction) or of the cooperative or enterprise (master data)")
    public Long targetId;

    @Schema(required = true)
    @NotNull
    public LocalDate startDate;

    @Schema(required = true, description = "After the start date")
    @NotNull
    public LocalDate endDate;

    @Schema(required = true)
    @NotBlank
    @Size(max = Assignment.GOALS_MAX)
    public String goals;

    @Schema(description = "The version read; required for updates")
    public Long version;

    AssignmentDraft toDraft() {
        return new AssignmentDraft(commissionerId, targetKind, targetId, startDate, endDate, goals);
    }
}
