package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.preparedness.ScoreEntry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The clerk's scores of a township's year: one entry per criterion scored; a pre-filled criterion left out (or
 * without score) takes its pre-filled score, a manual one left out stays open.
 */
@Schema(name = "TownshipScoresRequest")
public class ScoresRequest {

    @Schema(description = "The version read; absent only for the first scores of the township's year")
    public Long version;

    @NotNull
    @Size(max = 20)
    @Valid
    public List<TownshipScoreRequest> scores;

    List<ScoreEntry> entries() {
        return scores.stream().map(s -> s == null ? new ScoreEntry(null, null, null, null)
                : new ScoreEntry(s.code, s.score, s.evidence, s.reason)).toList();
    }
}
