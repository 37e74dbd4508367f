package cn.kejiju.workbench.summary.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The approval of a version: the summary's version read. */
@Schema(name = "WorkSummaryApprovalRequest")
public class ApprovalRequest {

    @Schema(required = true, description = "The summary's version read (WorkSummaryVersions.version)")
    @NotNull
    public Long version;
}
