package cn.kejiju.workbench.project.api;

import cn.kejiju.workbench.project.Programme;
import cn.kejiju.workbench.project.ProgrammeDraft;
import cn.kejiju.workbench.project.ProgrammeLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A programme as sent. {@code version} is required when updating. */
@Schema(name = "ProgrammeRequest")
public class ProgrammeRequest {

    @Schema(required = true, example = "科技型中小企业技术创新基金")
    @NotBlank
    @Size(max = Programme.NAME_MAX)
    public String name;

    @Schema(required = true)
    @NotNull
    public ProgrammeLevel level;

    @Schema(required = true, description = "A code of GET /projects/programmes/kinds", example = "INNOVATION_FUND")
    @NotBlank
    public String kindCode;

    @Schema(description = "The authority running it (主管部门)")
    @Size(max = Programme.AUTHORITY_MAX)
    public String authority;

    @Schema(description = "Offered for new calls (default true)")
    public Boolean active;

    @Schema(description = "The version read; required for updates")
    public Long version;

    ProgrammeDraft toDraft() {
        return new ProgrammeDraft(name, level, kindCode, authority, active);
    }
}
