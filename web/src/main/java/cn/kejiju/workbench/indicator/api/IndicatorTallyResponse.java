package cn.kejiju.workbench.indicator.api;

import cn.kejiju.workbench.indicator.HighTechTally;
import cn.kejiju.workbench.indicator.PatentTally;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** The indicator tallies of a period and jurisdiction: patents by type, high-tech enterprises. */
@Schema(name = "IndicatorTally")
public record IndicatorTallyResponse(
        LocalDate from,
        LocalDate to,
        Long countyId,
        @Schema(description = "Patents filed and granted in the period, per type") List<PatentTally> patents,
        @Schema(description = "Recognised in the period; valid on `to`; of those expiring within `months` after it")
        HighTechTally highTech,
        int months) {
}
