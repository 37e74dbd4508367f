package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.CommissionerSettings;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** New settings of the commissioner programme, with the version read; every value is required. */
@Schema(name = "CommissionerSettingsRequest")
public class SettingsRequest {

    @NotNull
    public Long version;
    @NotNull
    public Boolean barPartyGovernmentStaff;
    @NotNull
    public Integer maxActiveAssignments;
    @NotNull
    public Integer quotaVisits;
    @NotNull
    public Integer quotaDays;
    @NotNull
    public Integer resultsTarget;
    @NotNull
    public Integer serviceWeight;
    @NotNull
    public Integer resultsWeight;
    @NotNull
    public Integer satisfactionWeight;
    @NotNull
    public Integer excellentFrom;
    @NotNull
    public Integer goodFrom;
    @NotNull
    public Integer passFrom;
    @NotNull
    public Integer evidenceMaxMegabytes;
    @Schema(description = "Whether a service log needs at least one evidence file to be submitted; true when left out")
    public Boolean evidenceRequired;

    CommissionerSettings.Values toValues() {
        return new CommissionerSettings.Values(barPartyGovernmentStaff, maxActiveAssignments, quotaVisits, quotaDays,
                resultsTarget, serviceWeight, resultsWeight, satisfactionWeight, excellentFrom, goodFrom, passFrom,
                evidenceMaxMegabytes, evidenceRequired == null || evidenceRequired);
    }
}
