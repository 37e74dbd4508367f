package cn.kejiju.workbench.preparedness.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The end of a holder's post. */
@Schema(name = "RegisterEndRequest")
public class RegisterEndRequest {

    @Schema(required = true, description = "The version read: a holder changed since is refused with 409")
    @NotNull
    public Long version;

    @Schema(description = "The last day (not before the day appointed, not in the future); today when left out")
    public LocalDate endedOn;
}
