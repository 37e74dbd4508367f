package cn.kejiju.workbench.preparedness;

import java.util.ArrayList;
import java.util.List;

/**
 * A campaign's goals beside what its approved events did: events, people reached and schools covered, then
 * each material kind that has a goal or was issued, in the order of the kinds.
 */
public record CampaignProgress(List<GoalProgress> goals, long consultations) {

    public CampaignProgress {
        goals = List.copyOf(goals);
    }

    public static CampaignProgress of(CampaignGoals goals, CampaignTally tally) {
        List<GoalProgress> rows = new ArrayList<>();
        rows.add(new GoalProgress("events", goals.events(), tally.events()));
        rows.add(new GoalProgress("people", goals.people(), tally.people()));
        rows.add(new GoalProgress("schools", goals.schools(), tally.schools()));
        for (MaterialKind kind : MaterialKind.values()) {
            Integer target = goals.materials().get(kind);
            long actual = tally.materials(kind);
            if (target != null || actual > 0) {
                rows.add(new GoalProgress("materials." + kind.name(), target, actual));
            }
        }
        return new CampaignProgress(rows, tally.consultations());
    }

    /** The row of one goal ("events", "materials.READER" …); a material kind without goal or issue reads 0 of none. */
    public GoalProgress goal(String goal) {
        return goals.stream().filter(g -> g.goal().equals(goal)).findFirst()
                .orElse(new GoalProgress(goal, null, 0));
    }
}
