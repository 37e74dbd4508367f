package cn.kejiju.workbench.indicator.api;

import cn.kejiju.workbench.financing.Yuan;
import cn.kejiju.workbench.indicator.YearlyFigures;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An enterprise's figures of one year; money as decimal strings. */
@Schema(name = "YearlyFigures")
public record FiguresResponse(
        long id,
        long version,
        IndicatorRef enterprise,
        IndicatorRef county,
        int year,
        @Schema(description = "R&D spending in yuan, two places", example = "1250000.00") String rdSpending,
        @Schema(description = "The same in 万元, exact", example = "125.00") String rdSpendingWan,
        int highTechProducts,
        String productNames) {

    static FiguresResponse of(YearlyFigures y) {
        return new FiguresResponse(y.getId(), y.getVersion(), IndicatorRef.of(y.getEnterprise()),
                IndicatorRef.of(y.getCounty()), y.getYear(), Yuan.plain(y.getRdSpending()),
                Yuan.wan(y.getRdSpending()).toPlainString(), y.getHighTechProducts(), y.getProductNames());
    }

    /** An enterprise's figures, latest year first. */
    @Schema(name = "YearlyFiguresList")
    public record Listed(List<FiguresResponse> items) {
    }
}
