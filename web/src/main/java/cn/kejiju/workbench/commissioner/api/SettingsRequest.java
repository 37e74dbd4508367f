package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.CommissionerSettings;
import cn.kejiju.workbench.commissioner.MissingRating;
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
    @Schema(description = "Fewest months in post in the year for a grade, 1 to 12; 3 when left out")
    public Integer minMonthsAssessed;
    @Schema(description = "How a year without any satisfaction rating counts; LEFT_OUT when left out")
    public MissingRating missingRating;

    CommissionerSettings.Values toValues() {
        return new CommissionerSettings.Values(barPartyGovernmentStaff, maxActiveAssignments, quotaVisits, quotaDays,
                resultsTarget, serviceWeight, resultsWeight, satisfactionWeight, excellentFrom, goodFrom, passFrom,
                evidenceMaxMegabytes, evidenceRequired == null || evidenceRequired,
                minMonthsAssessed == null ? 3 : minMonthsAssessed,
                missingRating == null ? MissingRating.LEFT_OUT : missingRating);
    }
}
