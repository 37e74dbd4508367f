package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.incubator.RecognitionLevel;
import cn.kejiju.workbench.incubator.RecognitionThreshold;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** One level's new thresholds. */
@Schema(name = "RecognitionThresholdRequest")
public class RecognitionThresholdRequest {

    @Schema(required = true)
    @NotNull
    public RecognitionLevel level;

    @Schema(required = true)
    @NotNull
    public Long version;

    @Schema(required = true, example = "15", description = "Whole number over 0")
    @NotNull
    public Integer minTenants;

    @Schema(required = true, example = "1.00", description = "Over 0, at most two decimals")
    @NotNull
    public BigDecimal minPerThousand;

    @Schema(required = true, example = "60.00", description = "0 to 100, at most two decimals")
    @NotNull
    public BigDecimal minUsedPercent;

    @Schema(required = true, example = "3", description = "Whole number over 0")
    @NotNull
    public Integer minGraduates;

    RecognitionThreshold.Values values() {
        return new RecognitionThreshold.Values(minTenants, minPerThousand, minUsedPercent, minGraduates);
    }
}
