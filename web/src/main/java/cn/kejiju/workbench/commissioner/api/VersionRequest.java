package cn.kejiju.workbench.commissioner.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An action on a record that only needs the version read (withdraw a demand, approve a log). */
@Schema(name = "VersionRequest")
public class VersionRequest {

    @Schema(description = "The version read", required = true)
    @NotNull
    public Long version;
}
