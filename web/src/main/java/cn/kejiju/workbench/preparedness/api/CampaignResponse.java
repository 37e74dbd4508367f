package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.preparedness.Campaign;
import cn.kejiju.workbench.preparedness.CampaignGoals;
import cn.kejiju.workbench.preparedness.CampaignProgress;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A campaign as the API shows it with its goals; read one by one it carries its progress (each goal against what its
 * approved events did) and the consultations (人次) of those events. {@code materialGoals} are
 * {@code MaterialQuantity}s, {@code progress} {@code CampaignGoalProgress}es.
 */
@Schema(name = "Campaign")
public record CampaignResponse(
        long id,
        long version,
        PreparednessRef county,
        String name,
        String theme,
        LocalDate startsOn,
        LocalDate endsOn,
        String leadOffice,
        String memberUnits,
        Integer goalEvents,
        Integer goalPeople,
        Integer goalSchools,
        List<MaterialQuantity> materialGoals,
        List<GoalProgressResponse> progress,
        @Schema(description = "Consultations (人次) at the approved events; only when read one by one") Long consultations,
        LocalDateTime updatedAt) {

    static CampaignResponse of(Campaign c) {
        return of(c, null);
    }

    static CampaignResponse of(Campaign c, CampaignProgress progress) {
        CampaignGoals goals = c.goals();
        return new CampaignResponse(c.getId(), c.getVersion(), PreparednessRef.of(c.getCounty()), c.getName(),
                c.getTheme(), c.getStartsOn(), c.getEndsOn(), c.getLeadOffice(), c.getMemberUnits(), goals.events(),
                goals.people(), goals.schools(), goals.materials().entrySet().stream()
                        .sorted(java.util.Map.Entry.comparingByKey())
                        .map(e -> new MaterialQuantity(e.getKey(), e.getValue())).toList(),
                progress == null ? null : progress.goals().stream().map(GoalProgressResponse::of).toList(),
                progress == null ? null : progress.consultations(), c.getUpdatedAt());
    }
}
