package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.incubator.GraduationSettings;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** New graduation criteria, with the version read. */
@Schema(name = "GraduationSettingsRequest")
public class GraduationSettingsRequest {

    @Schema(required = true)
    @NotNull
    public Long version;

    @Schema(required = true)
    @NotNull
    public Boolean highTech;

    @Schema(required = true)
    @NotNull
    public Boolean investmentEnabled;

    @Schema(required = true, example = "500.00", description = "万元, over 0, at most two decimals")
    @NotNull
    public BigDecimal investmentOver;

    @Schema(required = true)
    @NotNull
    public Boolean revenueEnabled;

    @Schema(required = true, example = "1000.00", description = "万元, over 0, at most two decimals")
    @NotNull
    public BigDecimal revenueOver;

    @Schema(required = true)
    @NotNull
    public Boolean listingEnabled;

    GraduationSettings.Values values() {
        return new GraduationSettings.Values(highTech, investmentEnabled, investmentOver, revenueEnabled, revenueOver,
                listingEnabled);
    }
}
