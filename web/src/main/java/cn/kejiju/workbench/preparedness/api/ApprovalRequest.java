package cn.kejiju.workbench.preparedness.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A leader's approval of an event as it was read. */
@Schema(name = "PublicityEventApproval")
public class ApprovalRequest {

    @Schema(required = true, description = "The version read: an event changed since is refused with 409")
    @NotNull
    public Long version;
}
