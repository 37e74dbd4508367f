package cn.kejiju.workbench.preparedness;

/** A campaign read together with its progress. */
public record CampaignStanding(Campaign campaign, CampaignProgress progress) {
}
