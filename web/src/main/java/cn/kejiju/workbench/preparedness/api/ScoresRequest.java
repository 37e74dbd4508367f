package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.preparedness.CriterionScore;
import cn.kejiju.workbench.preparedness.ScoreEntry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** The clerk's scores of a township's year. */
@Schema(name = "TownshipScoresRequest")
public class ScoresRequest {

    @Schema(description = "The version read; absent only for the first scores of the township's year")
    public Long version;

    @Schema(required = true, description = "One entry per criterion scored; a pre-filled criterion left out (or "
            + "without score) takes its pre-filled score; a manual one left out stays open")
    @NotNull
    @Size(max = 20)
    @Valid
    public List<Score> scores;

    /** One criterion's score. */
    @Schema(name = "TownshipScoreRequest")
    public static class Score {

        @Schema(required = true, example = "organisation")
        public String code;

        @Schema(description = "0 to the criterion's maximum, steps of 0.1", example = "18.5")
        public BigDecimal score;

        @Schema(description = "Required for a manual criterion", example = "成立防震减灾工作领导小组，年初部署")
        @Size(max = CriterionScore.EVIDENCE_MAX)
        public String evidence;

        @Schema(description = "Required when a pre-filled score is changed")
        @Size(max = CriterionScore.REASON_MAX)
        public String reason;
    }

    List<ScoreEntry> entries() {
        return scores.stream().map(s -> s == null ? new ScoreEntry(null, null, null, null)
                : new ScoreEntry(s.code, s.score, s.evidence, s.reason)).toList();
    }
}
