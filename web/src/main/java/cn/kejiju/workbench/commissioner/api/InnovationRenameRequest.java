package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.Innovation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A clerk renames a variety or technology. */
@Schema(name = "InnovationRenameRequest")
public class InnovationRenameRequest {

    @Schema(required = true, description = "The new name; another item of the county and kind must not have it")
    @NotBlank
    @Size(max = Innovation.NAME_MAX)
    public String name;
}
