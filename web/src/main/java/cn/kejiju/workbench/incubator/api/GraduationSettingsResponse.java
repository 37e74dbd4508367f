package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.incubator.GraduationSettings;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** The graduation criteria (毕业条件): each with its switch, the amounts in 万元 (exclusive: "over"). */
@Schema(name = "GraduationSettings", description = "The graduation criteria: any one enabled criterion met makes a "
        + "tenant eligible; amounts in 万元, a tenant qualifies when over them")
public record GraduationSettingsResponse(
        long version,
        @Schema(description = "A valid 高新技术企业 certificate") boolean highTech,
        boolean investmentEnabled,
        @Schema(description = "Investment received in all, over this (万元)", example = "500.00") BigDecimal investmentOver,
        boolean revenueEnabled,
        @Schema(description = "Revenue of two consecutive years together, over this (万元)", example = "1000.00")
        BigDecimal revenueOver,
        @Schema(description = "Merged, acquired or listed") boolean listingEnabled,
        LocalDateTime updatedAt,
        String updatedBy) {

    static GraduationSettingsResponse of(GraduationSettings s) {
        return new GraduationSettingsResponse(s.getVersion(), s.isHighTech(), s.isInvestmentEnabled(),
                s.getInvestmentOver(), s.isRevenueEnabled(), s.getRevenueOver(), s.isListingEnabled(),
                s.getUpdatedAt(), s.getUpdatedBy());
    }
}
