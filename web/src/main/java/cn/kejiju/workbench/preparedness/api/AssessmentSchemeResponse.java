package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.preparedness.AssessmentCriterion;
import cn.kejiju.workbench.preparedness.AssessmentScheme;
import cn.kejiju.workbench.preparedness.PrefillSource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A year's criteria set of the township assessment. */
@Schema(name = "AssessmentScheme", description = "A year's criteria (maximum scores adding up to 100) and grade bands; "
        + "standard: the year has no set of its own yet and is assessed by the standard one")
public record AssessmentSchemeResponse(int year, @Schema(description = "Absent for the standard set") Long version,
                                       boolean standard, int excellentFrom, int passFrom,
                                       List<Criterion> criteria) {

    /** One criterion. */
    @Schema(name = "AssessmentCriterion")
    public record Criterion(String code, String name, int maxScore, PrefillSource source, Integer fullAt) {

        static Criterion of(AssessmentCriterion c) {
            return new Criterion(c.getCode(), c.getName(), c.getMaxScore(), c.getSource(), c.getFullAt());
        }
    }

    static AssessmentSchemeResponse of(AssessmentScheme s) {
        return new AssessmentSchemeResponse(s.getYear(), s.isStored() ? s.getVersion() : null, !s.isStored(),
                s.getExcellentFrom(), s.getPassFrom(), s.getCriteria().stream().map(Criterion::of).toList());
    }
}
