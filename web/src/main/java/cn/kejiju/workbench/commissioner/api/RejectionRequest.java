package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.ServiceLog;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A leader rejects a submitted log; the reason is required (422 naming {@code reason} without it). */
@Schema(name = "LogRejectionRequest")
public class RejectionRequest {

    @Schema(description = "The version read", required = true)
    @NotNull
    public Long version;

    @Schema(required = true, description = "What the clerk has to change")
    @Size(max = ServiceLog.REASON_MAX)
    public String reason;
}
