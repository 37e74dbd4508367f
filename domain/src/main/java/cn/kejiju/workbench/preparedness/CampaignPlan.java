package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;

import java.time.LocalDate;

/** A campaign as the clerk describes it: where, what, when, who leads, who takes part, and its goals. */
public record CampaignPlan(Jurisdiction county, String name, String theme, LocalDate startsOn, LocalDate endsOn,
                           String leadOffice, String memberUnits, CampaignGoals goals) {
}
