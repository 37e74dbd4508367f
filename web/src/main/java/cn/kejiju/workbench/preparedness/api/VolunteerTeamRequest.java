package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.preparedness.VolunteerTeam;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A volunteer team as the clerk enters it. */
@Schema(name = "VolunteerTeamRequest")
public class VolunteerTeamRequest {

    @Schema(description = "The version read; required when updating (a stale one is refused with 409)")
    public Long version;

    @Schema(required = true, description = "The township (乡镇/街道) of the team")
    public Long townshipId;

    @Schema(required = true, example = "城关镇地震灾害志愿者队")
    @Size(max = VolunteerTeam.NAME_MAX)
    public String name;

    @Schema(description = "The team leader's name")
    @Size(max = VolunteerTeam.LEADER_MAX)
    public String leader;
}
