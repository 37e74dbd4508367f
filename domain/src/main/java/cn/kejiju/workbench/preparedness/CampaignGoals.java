package cn.kejiju.workbench.preparedness;

import java.util.EnumMap;
import java.util.Map;

/**
 * What a campaign sets out to do: events held, people reached, schools covered and copies of each material
 * kind issued (reusable kinds: lent). Each goal may be absent (null); a present one is at least 1.
 */
public record CampaignGoals(Integer events, Integer people, Integer schools, Map<MaterialKind, Integer> materials) {

    public static final CampaignGoals NONE = new CampaignGoals(null, null, null, Map.of());

    public CampaignGoals {
        Counts.goal(events, "goalEvents");
        Counts.goal(people, "goalPeople");
        Counts.goal(schools, "goalSchools");
        EnumMap<MaterialKind, Integer> copy = new EnumMap<>(MaterialKind.class);
        if (materials != null) {
            materials.forEach((kind, target) -> {
                if (kind != null && target != null) {
                    copy.put(kind, Counts.goal(target, "goalMaterials." + kind.name()));
                }
            });
        }
        materials = Map.copyOf(copy);
    }
}
