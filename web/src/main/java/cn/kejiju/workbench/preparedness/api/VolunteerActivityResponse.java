package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.preparedness.ActivityKind;
import cn.kejiju.workbench.preparedness.VolunteerActivity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A training or drill a member attended; hours as a decimal string. */
@Schema(name = "VolunteerActivity")
public record VolunteerActivityResponse(long id, PreparednessRef member, ActivityKind kind,
                                        @Schema(description = "The module's drill event, if linked") Long eventId,
                                        String title, LocalDate heldOn, String hours) {

    static VolunteerActivityResponse of(VolunteerActivity a) {
        return new VolunteerActivityResponse(a.getId(),
                new PreparednessRef(a.getMember().getId(), a.getMember().getName()), a.getKind(),
                a.getEvent() == null ? null : a.getEvent().getId(), a.getTitle(), a.getHeldOn(),
                a.getHours().toPlainString());
    }
}
