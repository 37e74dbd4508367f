package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.CommissionerSettings;
import cn.kejiju.workbench.commissioner.MissingRating;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDateTime;

/** The settings of the commissioner programme as the API shows them. */
@Schema(name = "CommissionerSettings")
public record SettingsResponse(
        long version,
        @Schema(description = "Staff of Party and government organs may not be commissioners") boolean barPartyGovernmentStaff,
        @Schema(description = "Most assignments active at once per commissioner") int maxActiveAssignments,
        @Schema(description = "Annual quota: approved visits…") int quotaVisits,
        @Schema(description = "…or service days") int quotaDays,
        @Schema(description = "Results that earn the full results score") int resultsTarget,
        int serviceWeight,
        int resultsWeight,
        int satisfactionWeight,
        int excellentFrom,
        int goodFrom,
        int passFrom,
        int evidenceMaxMegabytes,
        @Schema(description = "A service log needs at least one evidence file to be submitted") boolean evidenceRequired,
        @Schema(description = "Fewest months in post in the year for a grade (fewer: UNASSESSED, 未满考核期); "
                + "the quota and results target are pro-rated to the months in post") int minMonthsAssessed,
        @Schema(description = "How a year without any satisfaction rating counts") MissingRating missingRating,
        LocalDateTime updatedAt,
        String updatedBy) {

    static SettingsResponse of(CommissionerSettings s) {
        return new SettingsResponse(s.getVersion(), s.isBarPartyGovernmentStaff(), s.getMaxActiveAssignments(),
                s.getQuotaVisits(), s.getQuotaDays(), s.getResultsTarget(), s.getServiceWeight(), s.getResultsWeight(),
                s.getSatisfactionWeight(), s.getExcellentFrom(), s.getGoodFrom(), s.getPassFrom(),
                s.getEvidenceMaxMegabytes(), s.isEvidenceRequired(), s.getMinMonthsAssessed(), s.getMissingRating(),
                s.getUpdatedAt(), s.getUpdatedBy());
    }
}
