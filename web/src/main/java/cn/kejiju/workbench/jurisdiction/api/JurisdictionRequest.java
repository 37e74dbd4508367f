package cn.kejiju.workbench.jurisdiction.api;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new division: its parent (none for a city), 12-digit code and name. */
@Schema(name = "JurisdictionRequest")
public class JurisdictionRequest {

    @Schema(description = "Parent division; empty for a city")
    public Long parentId;

    @Schema(example = "359921103000", required = true)
    @NotBlank
    @Pattern(regexp = "\\d{12}")
    public String code;

    @Schema(example = "江滨街道", required = true)
    @NotBlank
    @Size(max = Jurisdiction.NAME_MAX)
    public String name;
}
