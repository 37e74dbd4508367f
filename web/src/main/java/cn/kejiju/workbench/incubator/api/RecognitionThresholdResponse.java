package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.incubator.RecognitionLevel;
import cn.kejiju.workbench.incubator.RecognitionThreshold;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** What a carrier of a recognition level is judged by (认定指标). */
@Schema(name = "RecognitionThreshold", description = "The thresholds of one recognition level; a carrier meets an "
        + "indicator when its figure reaches the threshold")
public record RecognitionThresholdResponse(
        RecognitionLevel level,
        long version,
        int minTenants,
        @Schema(description = "Tenants per 1000 m²") BigDecimal minPerThousand,
        @Schema(description = "Share of the area let to incubatees, percent") BigDecimal minUsedPercent,
        @Schema(description = "Graduates in all") int minGraduates) {

    static RecognitionThresholdResponse of(RecognitionThreshold t) {
        return new RecognitionThresholdResponse(t.getLevel(), t.getVersion(), t.getMinTenants(), t.getMinPerThousand(),
                t.getMinUsedPercent(), t.getMinGraduates());
    }
}
