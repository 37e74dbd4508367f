package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.preparedness.Volunteer;
import cn.kejiju.workbench.preparedness.VolunteerHours;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A member of a volunteer team: the phone masked, the hours attended as a decimal string. */
@Schema(name = "VolunteerMember")
public record VolunteerMemberResponse(long id, long version, long teamId, String name,
                                      @Schema(description = "Masked: 138****5678") String phone, String skills,
                                      LocalDate joinedOn, LocalDate leftOn,
                                      @Schema(description = "Hours attended, e.g. \"12.5\"") String hours) {

    static VolunteerMemberResponse of(Volunteer m, long teamId, VolunteerHours hours) {
        return new VolunteerMemberResponse(m.getId(), m.getVersion(), teamId, m.getName(), m.maskedPhone(),
                m.getSkills(), m.getJoinedOn(), m.getLeftOn(),
                hours == null ? null : hours.of(m.getId()).toPlainString());
    }
}
