package cn.kejiju.workbench.preparedness;

import java.time.LocalDate;
import java.util.Map;

/** A campaign as a page or an integrator sends it; {@code countyId} may be left out by a county user. */
public record CampaignDraft(Long countyId, String name, String theme, LocalDate startsOn, LocalDate endsOn,
                            String leadOffice, String memberUnits, Integer goalEvents, Integer goalPeople,
                            Integer goalSchools, Map<MaterialKind, Integer> materialGoals) {

    public static CampaignDraft of(Campaign c) {
        CampaignGoals goals = c.goals();
        return new CampaignDraft(c.getCounty().getId(), c.getName(), c.getTheme(), c.getStartsOn(), c.getEndsOn(),
                c.getLeadOffice(), c.getMemberUnits(), goals.events(), goals.people(), goals.schools(),
                goals.materials());
    }
}
