package cn.kejiju.workbench.project.api;

import cn.kejiju.workbench.project.PlanDraft;
import cn.kejiju.workbench.project.PlanProject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * An application to the county plan as sent: a call of a county-level programme, the applicant, title, field and
 * budget (self-raised plus requested exactly the total; requested at most the call's cap). {@code version} is
 * required when updating.
 */
@Schema(name = "CountyPlanRequest")
public class PlanRequest {

    @Schema(required = true, description = "A call of a county-level programme (GET /projects/calls?level=COUNTY)")
    @NotNull
    public Long callId;

    @Schema(required = true, description = "The applicant (master data), in the caller's county")
    @NotNull
    public Long leadId;

    @Schema(required = true)
    @NotBlank
    @Size(max = PlanProject.TITLE_MAX)
    public String title;

    @Schema(required = true, description = "Technology field (领域)", example = "现代农业")
    @NotBlank
    @Size(max = PlanProject.FIELD_MAX)
    public String field;

    @Schema(required = true, type = SchemaType.STRING, description = "Total budget, yuan", example = "500000.00")
    @NotNull
    public BigDecimal total;

    @Schema(required = true, type = SchemaType.STRING, description = "Self-raised, yuan", example = "300000.00")
    @NotNull
    public BigDecimal selfRaised;

    @Schema(required = true, type = SchemaType.STRING, description = "Requested, yuan", example = "200000.00")
    @NotNull
    public BigDecimal requested;

    @Schema(description = "The version read; required for updates")
    public Long version;

    PlanDraft toDraft() {
        return new PlanDraft(callId, leadId, title, field, total, selfRaised, requested);
    }
}
