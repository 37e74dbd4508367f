package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.preparedness.RegisterHolder;
import cn.kejiju.workbench.preparedness.RegisterPost;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** An appointment to a post of the 三网一员 register, or (with version) a correction of name and phone. */
@Schema(name = "RegisterHolderRequest")
public class RegisterHolderRequest {

    @Schema(description = "The version read; required when updating (a stale one is refused with 409)")
    public Long version;

    @Schema(description = "Required when appointing: ASSISTANT (in a township), MACRO_REPORTER or RAPID_REPORTER "
            + "(in a village or community)")
    public RegisterPost post;

    @Schema(description = "Required when appointing: the township or village (a jurisdiction)")
    public Long placeId;

    @Schema(required = true)
    @Size(max = RegisterHolder.NAME_MAX)
    public String name;

    @Schema(required = true, description = "Mobile or landline; answered masked")
    public String phone;

    @Schema(description = "Day appointed (not in the future); when appointing today if left out, when updating kept if left out")
    public LocalDate since;
}
