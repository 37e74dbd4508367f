package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.incubator.EntryApplication;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The leader's decision on a reviewed entry application; a rejection needs a reason. */
@Schema(name = "EntryDecisionRequest")
public class DecisionRequest {

    @Schema(required = true, description = "The version of the application read")
    @NotNull
    public Long version;

    @Schema(required = true, description = "true approves, false rejects")
    @NotNull
    public Boolean approve;

    @Schema(description = "Required for a rejection")
    @Size(max = EntryApplication.REASON_MAX)
    public String reason;
}
