package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.Innovation;
import cn.kejiju.workbench.commissioner.InnovationKind;
import cn.kejiju.workbench.commissioner.Introduction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One introduction of a named variety or technology by a log, with its adoption once recorded. */
@Schema(name = "Introduction")
public record IntroductionResponse(
        long id,
        long logId,
        @Schema(description = "The county's named item; the same id across logs counts once as a variety or technology")
        long innovationId,
        InnovationKind kind,
        String name,
        @Schema(description = "亩") BigDecimal adoptedArea,
        Integer adoptedHouseholds,
        @Schema(description = "万元") BigDecimal adoptionIncome,
        LocalDate adoptionRecordedOn) {

    static IntroductionResponse of(Introduction i) {
        return of(i, i.getLog().getId());
    }

    /** An introduction of a log already at hand (its id given, so the log is not read again). */
    static IntroductionResponse of(Introduction i, long logId) {
        Innovation innovation = i.getInnovation();
        return new IntroductionResponse(i.getId(), logId, innovation.getId(), innovation.getKind(),
                innovation.getName(), i.adoptedArea().orElse(null), i.adoptedHouseholds().orElse(null),
                i.adoptionIncome().orElse(null), i.adoptionRecordedOn().orElse(null));
    }
}
