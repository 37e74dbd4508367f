package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.preparedness.AssessmentStatus;
import cn.kejiju.workbench.preparedness.CriterionScore;
import cn.kejiju.workbench.preparedness.PrefillSource;
import cn.kejiju.workbench.preparedness.TownshipAssessment;
import cn.kejiju.workbench.preparedness.TownshipGrade;
import cn.kejiju.workbench.preparedness.TownshipStanding;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** A township's assessment of a year. */
@Schema(name = "TownshipAssessment", description = "A township's year: the facts the pre-filled criteria read, each "
        + "criterion with its pre-filled score (suggested, absent for a manual one) and the score given; status absent "
        + "before the first score; grade once every criterion is scored; rank within the county (lists only)")
public record TownshipAssessmentResponse(long townshipId, String township, long countyId, String county, int year,
                                         Long version, AssessmentStatus status, BigDecimal total, TownshipGrade grade,
                                         Integer rank, String confirmedBy, LocalDateTime confirmedAt, Facts facts,
                                         List<Line> criteria) {

    /** What the module's data says of the township's year. */
    @Schema(name = "TownshipFacts")
    public record Facts(long events, long drills, long drillParticipants,
                        @Schema(description = "三网一员 posts held at the year's end (today while it runs)") long registerFilled,
                        @Schema(description = "三网一员 posts required: the assistant, two reporters per village") long registerRequired) {
    }

    /** One criterion of the township's year. */
    @Schema(name = "TownshipAssessmentLine")
    public record Line(String code, String name, int maxScore, PrefillSource source, Integer fullAt,
                       @Schema(description = "What the facts earn now") BigDecimal suggested,
                       @Schema(description = "Absent while not scored") BigDecimal score,
                       @Schema(description = "The pre-filled score offered when it was scored") BigDecimal offered,
                       String evidence, String reason) {
    }

    static TownshipAssessmentResponse of(TownshipStanding s, boolean withLines) {
        TownshipAssessment a = s.assessment();
        List<Line> lines = !withLines ? List.of() : s.lines().stream().map(l -> {
            CriterionScore score = l.score();
            return new Line(l.criterion().getCode(), l.criterion().getName(), l.criterion().getMaxScore(),
                    l.criterion().getSource(), l.criterion().getFullAt(), l.suggested(),
                    score == null ? null : score.getScore(), score == null ? null : score.getSuggested(),
                    score == null ? null : score.getEvidence(), score == null ? null : score.getReason());
        }).toList();
        return new TownshipAssessmentResponse(s.township().id(), s.township().name(), s.township().countyId(),
                s.township().county(), s.year(), a == null ? null : a.getVersion(), s.status(), s.total(), s.grade(),
                s.rank(), a == null ? null : a.getConfirmedBy(), a == null ? null : a.getConfirmedAt(),
                new Facts(s.facts().events(), s.facts().drills(), s.facts().drillParticipants(),
                        s.facts().register().filled(), s.facts().register().required()), lines);
    }
}
