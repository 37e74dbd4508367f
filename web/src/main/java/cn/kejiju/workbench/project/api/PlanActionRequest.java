package cn.kejiju.workbench.project.api;

import cn.kejiju.workbench.project.AcceptanceResult;
import cn.kejiju.workbench.project.PlanEvent;
import cn.kejiju.workbench.project.PlanMilestone;
import cn.kejiju.workbench.project.PlanObjection;
import cn.kejiju.workbench.project.PlanProject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A step of a county plan project: the version read and what the step takes (see each operation). */
@Schema(name = "CountyPlanActionRequest")
public class PlanActionRequest {

    @Schema(required = true, description = "The version read")
    @NotNull
    public Long version;

    @Schema(description = "decision: true for 拟立项 (with grant), false for 不予立项 (with reason)")
    public Boolean fund;

    @Schema(type = SchemaType.STRING, description = "decision: the grant in yuan")
    public BigDecimal grant;

    @Schema(description = "decision: the reason of 不予立项")
    @Size(max = PlanProject.REASON_MAX)
    public String reason;

    @Schema(description = "A note")
    @Size(max = PlanEvent.NOTE_MAX)
    public String note;

    /** reviewers: the users (role REVIEWER) to assign. */
    public List<Long> reviewerIds;

    @Schema(description = "The day it happened, not in the future")
    public LocalDate on;

    @Schema(description = "objections: who objected")
    @Size(max = PlanObjection.OBJECTOR_MAX)
    public String objector;

    @Schema(description = "objections: what the objection says")
    @Size(max = PlanObjection.CONTENT_MAX)
    public String content;

    @Schema(description = "settlement: true upholds the objection (the grant is withdrawn)")
    public Boolean upheld;

    @Schema(description = "settlement: the bureau's answer")
    @Size(max = PlanObjection.CONTENT_MAX)
    public String answer;

    @Schema(description = "contract: when the mid-term check is due")
    public LocalDate midTermDue;

    @Schema(description = "contract: when the acceptance is due; acceptance DEFERRED: the new due day")
    public LocalDate acceptanceDue;

    /** contract: the milestones (description, due day). */
    @Valid
    @Size(max = PlanProject.MILESTONES_MAX)
    public List<Milestone> milestones;

    @Schema(type = SchemaType.STRING, description = "tranches: the amount paid in yuan")
    public BigDecimal amount;

    @Schema(description = "acceptance: PASSED, FAILED or DEFERRED")
    public AcceptanceResult result;

    @Schema(description = "acceptance: the experts' names")
    @Size(max = PlanProject.EXPERTS_MAX)
    public String experts;

    /** A milestone as sent. */
    @Schema(name = "CountyPlanMilestoneRequest")
    public static class Milestone {

        @Size(max = PlanMilestone.DESCRIPTION_MAX)
        public String description;

        public LocalDate dueOn;

        PlanMilestone toMilestone() {
            return new PlanMilestone(description, dueOn);
        }
    }

    List<PlanMilestone> planned() {
        return milestones == null ? List.of() : milestones.stream().map(Milestone::toMilestone).toList();
    }
}
