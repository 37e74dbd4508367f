package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.preparedness.Volunteer;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A member of a volunteer team as the clerk enters them; the phone is answered masked. */
@Schema(name = "VolunteerMemberRequest")
public class VolunteerMemberRequest {

    @Schema(description = "The version read; required when updating (a stale one is refused with 409)")
    public Long version;

    @Schema(required = true)
    @Size(max = Volunteer.NAME_MAX)
    public String name;

    @Schema(required = true, description = "Mobile (13812345678) or landline (0591-12345678)")
    public String phone;

    @Schema(description = "Skills, e.g. 急救, 搜救, 通信")
    @Size(max = Volunteer.SKILLS_MAX)
    public String skills;

    @Schema(description = "Day joined (not in the future); today when left out; only when joining")
    public LocalDate joinedOn;

    @Schema(description = "When updating: the day the member leaves the team")
    public LocalDate leftOn;
}
