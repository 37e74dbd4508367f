package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.preparedness.RegisterCompleteness;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How complete the register of a jurisdiction is; the percent as a decimal string. */
@Schema(name = "RegisterCompleteness")
public record RegisterCompletenessResponse(PreparednessRef jurisdiction, long filled, long required,
                                           @Schema(example = "87.5") String percent) {

    static RegisterCompletenessResponse of(PreparednessRef jurisdiction, RegisterCompleteness c) {
        return new RegisterCompletenessResponse(jurisdiction, c.filled(), c.required(), c.percent().toPlainString());
    }
}
