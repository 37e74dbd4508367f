package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.preparedness.Campaign;
import cn.kejiju.workbench.preparedness.CampaignDraft;
import cn.kejiju.workbench.preparedness.MaterialKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A campaign as an integrator sends it. {@code version} is required when updating. */
@Schema(name = "CampaignRequest")
public class CampaignRequest {

    @Schema(description = "The county (区县); a county token may leave it out (its own); cannot change later")
    public Long countyId;

    @Schema(required = true, example = "5·12 防灾减灾日宣传周")
    @NotBlank
    @Size(max = Campaign.NAME_MAX)
    public String name;

    @Schema(example = "提升基层防灾减灾救灾能力")
    @Size(max = Campaign.THEME_MAX)
    public String theme;

    @Schema(required = true)
    @NotNull
    public LocalDate startsOn;

    @Schema(required = true, description = "On or after startsOn, at most a year later")
    @NotNull
    public LocalDate endsOn;

    @Schema(required = true, example = "县地震局")
    @NotBlank
    @Size(max = Campaign.OFFICE_MAX)
    public String leadOffice;

    @Schema(example = "县科技局、县教育局、县应急管理局")
    @Size(max = Campaign.UNITS_MAX)
    public String memberUnits;

    @Schema(description = "Goal: events held (approved); absent for none")
    public Integer goalEvents;

    @Schema(description = "Goal: people reached; absent for none")
    public Integer goalPeople;

    @Schema(description = "Goal: distinct schools visited; absent for none")
    public Integer goalSchools;

    /** Goal per material kind: copies issued (reusable kinds: lent). */
    @Valid
    public List<MaterialQuantity> materialGoals;

    @Schema(description = "The version read; required for updates")
    public Long version;

    CampaignDraft toDraft() {
        Map<MaterialKind, Integer> goals = new EnumMap<>(MaterialKind.class);
        if (materialGoals != null) {
            materialGoals.forEach(goal -> goals.put(goal.kind, goal.quantity));
        }
        return new CampaignDraft(countyId, name, theme, startsOn, endsOn, leadOffice, memberUnits, goalEvents,
                goalPeople, goalSchools, goals);
    }
}
