package cn.kejiju.workbench.indicator.api;

import cn.kejiju.workbench.indicator.YearlyFigures;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * An enterprise's figures of a year as an integrator sends them. {@code enterpriseId} and {@code year} only when
 * recording (one record per enterprise and year); {@code version} when updating.
 */
@Schema(name = "YearlyFiguresRequest")
public class FiguresRequest {

    @Schema(description = "The enterprise; required when recording, ignored when updating")
    public Long enterpriseId;

    @Schema(description = "The year; required when recording, ignored when updating", example = "2025")
    public Integer year;

    @Schema(required = true, type = SchemaType.STRING, description = "R&D spending (研发投入) in yuan, at most two places",
            example = "1250000.00")
    @NotNull
    public BigDecimal rdSpending;

    @Schema(required = true, description = "Number of high-tech products (高新技术产品)", example = "2")
    @NotNull
    public Integer highTechProducts;

    @Schema(description = "Their names", example = "智能电表、光伏逆变器")
    @Size(max = YearlyFigures.PRODUCTS_MAX)
    public String productNames;

    @Schema(description = "The version read; required for updates")
    public Long version;

    YearlyFigures.Figures toFigures() {
        return new YearlyFigures.Figures(rdSpending, highTechProducts, productNames);
    }
}
