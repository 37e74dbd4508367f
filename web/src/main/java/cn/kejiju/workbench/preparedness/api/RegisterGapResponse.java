package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.preparedness.RegisterGap;
import cn.kejiju.workbench.preparedness.RegisterPost;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A post of the register nobody holds. */
@Schema(name = "RegisterGap")
public record RegisterGapResponse(PreparednessRef county, PreparednessRef township, PreparednessRef place,
                                  RegisterPost post) {

    static RegisterGapResponse of(RegisterGap g) {
        return new RegisterGapResponse(PreparednessRef.of(g.township().getParent()), PreparednessRef.of(g.township()),
                PreparednessRef.of(g.place()), g.post());
    }

    /** The open posts, in the order of the places. */
    @Schema(name = "RegisterGapList")
    public record Gaps(List<RegisterGapResponse> items) {
    }
}
