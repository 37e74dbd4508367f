package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.preparedness.RegisterHolder;
import cn.kejiju.workbench.preparedness.RegisterPost;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A holder of a post of the register; the phone masked. */
@Schema(name = "RegisterHolder")
public record RegisterHolderResponse(long id, long version, PreparednessRef county, PreparednessRef township,
                                     PreparednessRef place, RegisterPost post, String name,
                                     @Schema(description = "Masked: 138****5678") String phone, LocalDate since,
                                     @Schema(description = "Absent while the holder is current") LocalDate endedOn) {

    static RegisterHolderResponse of(RegisterHolder h) {
        return new RegisterHolderResponse(h.getId(), h.getVersion(), PreparednessRef.of(h.getCounty()),
                PreparednessRef.of(h.getTownship()), PreparednessRef.of(h.getPlace()), h.getPost(), h.getName(),
                h.maskedPhone(), h.getSince(), h.getEndedOn());
    }
}
