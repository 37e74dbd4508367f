package cn.kejiju.workbench.summary.api;

import cn.kejiju.workbench.summary.TargetActuals.TargetStatus;
import cn.kejiju.workbench.summary.Wording;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A county's target for a year and a figure, with the actual value of the year to date. */
@Schema(name = "WorkSummaryTarget", description = "actual: the section's figure for the county from January 1 to "
        + "asOf (the whole year once past); percent: actual / target in percent, one decimal (absent for a target of "
        + "0); expected: the target pro rata of the days gone; behindProRata: actual below expected")
public record TargetResponse(long id, long version, int year, Long countyId, String county, String section,
                             String figure,
                             @Schema(description = "Decimal string (amounts in yuan)") String value,
                             @Schema(description = "Decimal string") String actual,
                             BigDecimal percent,
                             @Schema(description = "Decimal string") String expected,
                             boolean behindProRata,
                             LocalDate asOf,
                             String setBy) {

    public static TargetResponse of(TargetStatus status) {
        var t = status.target();
        var p = status.progress();
        return new TargetResponse(t.getId(), t.getVersion(), t.getYear(), t.getCountyId(), status.county(),
                t.getSection(), t.getFigure(), Wording.plain(t.getValue()), Wording.plain(p.actual()), p.percent(),
                Wording.plain(p.expected()), p.behindProRata(), p.asOf(), t.getSetBy());
    }
}
