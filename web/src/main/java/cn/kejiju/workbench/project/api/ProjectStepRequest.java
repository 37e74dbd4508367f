package cn.kejiju.workbench.project.api;

import cn.kejiju.workbench.project.AcceptanceResult;
import cn.kejiju.workbench.project.HelpKind;
import cn.kejiju.workbench.project.ProjectEvent;
import cn.kejiju.workbench.project.ProjectStep;
import cn.kejiju.workbench.project.StepDetails;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A step of an application's path, help recorded or a tranche received: the version read, the day, and what the
 * step takes.
 */
@Schema(name = "ProjectStepRequest")
public class ProjectStepRequest {

    @Schema(required = true, description = "The version read")
    @NotNull
    public Long version;

    @Schema(description = "The step (POST …/steps): RECOMMEND is the leader's, the others the project clerk's")
    public ProjectStep step;

    @Schema(description = "The day it happened, not in the future (steps, help, tranches)")
    public LocalDate on;

    @Schema(description = "A note; the reason for NOT_WIN (required there)")
    @Size(max = ProjectEvent.NOTE_MAX)
    public String note;

    @Schema(type = SchemaType.STRING, description = "WIN: the grant in yuan, at most the requested amount")
    public BigDecimal grant;

    @Schema(description = "CONTRACT: when the mid-term report is due")
    public LocalDate midTermDue;

    @Schema(description = "CONTRACT: when the acceptance is due; ACCEPTANCE with DEFERRED: the new due day")
    public LocalDate acceptanceDue;

    @Schema(description = "ACCEPTANCE: PASSED, FAILED or DEFERRED")
    public AcceptanceResult result;

    @Schema(description = "POST …/help: MATERIALS, RECOMMENDATION_LETTER or GUIDANCE")
    public HelpKind helpKind;

    @Schema(type = SchemaType.STRING, description = "POST …/tranches: the amount received in yuan")
    public BigDecimal amount;

    StepDetails details() {
        return new StepDetails(on, note, grant, midTermDue, acceptanceDue, result);
    }
}
