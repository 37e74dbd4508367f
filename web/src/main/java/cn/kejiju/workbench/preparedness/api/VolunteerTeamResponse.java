package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.preparedness.VolunteerService;
import cn.kejiju.workbench.preparedness.VolunteerTeam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A volunteer team; read by id with its members (phones masked), what they attended and the hours (decimal
 * strings), in a list without them.
 */
@Schema(name = "VolunteerTeam")
public record VolunteerTeamResponse(long id, long version, PreparednessRef county, PreparednessRef township,
                                    String name, String leader, LocalDateTime updatedAt,
                                    @Schema(description = "The team's hours: its members' summed") String hours,
                                    List<VolunteerMemberResponse> members,
                                    List<VolunteerActivityResponse> activities) {

    static VolunteerTeamResponse of(VolunteerTeam t) {
        return new VolunteerTeamResponse(t.getId(), t.getVersion(), PreparednessRef.of(t.getCounty()),
                PreparednessRef.of(t.getTownship()), t.getName(), t.getLeader(), t.getUpdatedAt(), null, null, null);
    }

    static VolunteerTeamResponse of(VolunteerService.TeamView view) {
        VolunteerTeam t = view.team();
        return new VolunteerTeamResponse(t.getId(), t.getVersion(), PreparednessRef.of(t.getCounty()),
                PreparednessRef.of(t.getTownship()), t.getName(), t.getLeader(), t.getUpdatedAt(),
                view.hours().total().toPlainString(),
                view.members().stream().map(m -> VolunteerMemberResponse.of(m, t.getId(), view.hours())).toList(),
                view.activities().stream().map(VolunteerActivityResponse::of).toList());
    }
}
