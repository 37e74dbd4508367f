package cn.kejiju.workbench.jurisdiction.api;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new name for a division, with the version read. */
@Schema(name = "JurisdictionRename")
public class JurisdictionRename {

    @NotBlank
    @Size(max = Jurisdiction.NAME_MAX)
    public String name;

    @Schema(required = true)
    @NotNull
    public Long version;
}
