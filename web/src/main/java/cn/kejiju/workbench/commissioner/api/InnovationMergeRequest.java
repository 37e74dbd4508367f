package cn.kejiju.workbench.commissioner.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A clerk merges a duplicate into the item of the path, which survives. */
@Schema(name = "InnovationMergeRequest")
public class InnovationMergeRequest {

    @Schema(required = true, description = "The duplicate: same county and kind; its introductions move to the"
            + " survivor and it is removed")
    @NotNull
    public Long duplicateId;
}
