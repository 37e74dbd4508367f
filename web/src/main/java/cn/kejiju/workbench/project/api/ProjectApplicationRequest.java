package cn.kejiju.workbench.project.api;

import cn.kejiju.workbench.project.ProjectApplication;
import cn.kejiju.workbench.project.ProjectDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * An application as sent. Self-raised plus requested must equal the total exactly; requested no more than the
 * call's cap per project. {@code version} is required when updating.
 */
@Schema(name = "ProjectApplicationRequest")
public class ProjectApplicationRequest {

    @Schema(required = true, description = "The call (GET /projects/calls), not closed")
    @NotNull
    public Long callId;

    @Schema(required = true, description = "The lead applicant (master data: an enterprise or a unit), in the "
            + "caller's county; the application belongs to its county")
    @NotNull
    public Long leadId;

    /** The consortium's other applicants (master data), at most {@link ProjectApplication#PARTNERS_MAX}. */
    @Size(max = ProjectApplication.PARTNERS_MAX)
    public List<Long> partnerIds;

    @Schema(required = true)
    @NotBlank
    @Size(max = ProjectApplication.TITLE_MAX)
    public String title;

    @Schema(required = true, description = "Technology field (领域)", example = "电子信息")
    @NotBlank
    @Size(max = ProjectApplication.FIELD_MAX)
    public String field;

    @Schema(required = true, type = SchemaType.STRING, description = "Total budget, yuan", example = "3000000.00")
    @NotNull
    public BigDecimal total;

    @Schema(required = true, type = SchemaType.STRING, description = "Self-raised, yuan", example = "2200000.00")
    @NotNull
    public BigDecimal selfRaised;

    @Schema(required = true, type = SchemaType.STRING, description = "Requested from the programme, yuan",
            example = "800000.00")
    @NotNull
    public BigDecimal requested;

    @Schema(description = "The version read; required for updates")
    public Long version;

    ProjectDraft toDraft() {
        return new ProjectDraft(callId, leadId, partnerIds, title, field, total, selfRaised, requested);
    }
}
