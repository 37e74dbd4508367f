package cn.kejiju.workbench.indicator.api;

import cn.kejiju.workbench.indicator.HighTechTally;
import cn.kejiju.workbench.indicator.PatentTally;
import cn.kejiju.workbench.indicator.PatentType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * The indicator tallies of a period and jurisdiction: patents filed and granted in the period per type; high-tech
 * enterprises recognised in the period, holding a valid certificate on {@code to}, and of those expiring within
 * {@code months} after it.
 */
@Schema(name = "IndicatorTally", description = "Patents by type and high-tech enterprises of a period")
public record IndicatorTallyResponse(
        LocalDate from,
        LocalDate to,
        Long countyId,
        List<PatentCount> patents,
        HighTech highTech,
        int months) {

    /** Patents of one type filed and granted in the period. */
    @Schema(name = "IndicatorPatentCount")
    public record PatentCount(PatentType type, long applied, long granted) {

        static PatentCount of(PatentTally tally) {
            return new PatentCount(tally.type(), tally.applied(), tally.granted());
        }
    }

    /** High-tech enterprises recognised in the period, valid on its last day, expiring within the months. */
    @Schema(name = "IndicatorHighTechCount")
    public record HighTech(long recognised, long valid, long expiring) {

        static HighTech of(HighTechTally tally) {
            return new HighTech(tally.recognised(), tally.valid(), tally.expiring());
        }
    }

    static IndicatorTallyResponse of(LocalDate from, LocalDate to, Long countyId, List<PatentTally> patents,
                                     HighTechTally highTech, int months) {
        return new IndicatorTallyResponse(from, to, countyId, patents.stream().map(PatentCount::of).toList(),
                HighTech.of(highTech), months);
    }
}
