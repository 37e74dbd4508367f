package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.preparedness.GoalProgress;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One goal of a campaign against what its approved events did. */
@Schema(name = "CampaignGoalProgress")
public record GoalProgressResponse(
        @Schema(description = "events, people, schools or materials.KIND (e.g. materials.READER)") String goal,
        @Schema(description = "The goal; absent when the campaign set none") Integer target,
        @Schema(description = "Done so far, counted from the approved events") long actual,
        @Schema(description = "actual / target in percent, rounded down, may pass 100; absent without a goal") Integer percent) {

    static GoalProgressResponse of(GoalProgress progress) {
        return new GoalProgressResponse(progress.goal(), progress.target(), progress.actual(), progress.percent());
    }
}
