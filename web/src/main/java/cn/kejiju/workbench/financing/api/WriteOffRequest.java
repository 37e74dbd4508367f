package cn.kejiju.workbench.financing.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A step of a write-off: the compensation's version read, and the reasons when preparing it. */
@Schema(name = "WriteOffRequest")
public class WriteOffRequest {

    @Schema(required = true, description = "The compensation's version read")
    @NotNull
    public Long version;

    @Schema(description = "Why the rest cannot be recovered (required to prepare)")
    @Size(max = 1000)
    public String reasons;
}
