package cn.kejiju.workbench.preparedness;

import java.util.EnumMap;
import java.util.Map;

/**
 * What a campaign's approved events add up to, as the database counts it: events, people reached,
 * consultations (人次), distinct schools visited, and copies issued (reusable kinds: lent) per kind.
 */
public record CampaignTally(long events, long people, long consultations, long schools,
                            Map<MaterialKind, Long> materials) {

    public static final CampaignTally NOTHING = new CampaignTally(0, 0, 0, 0, Map.of());

    public CampaignTally {
        materials = materials == null || materials.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(materials));
    }

    public long materials(MaterialKind kind) {
        return materials.getOrDefault(kind, 0L);
    }
}
