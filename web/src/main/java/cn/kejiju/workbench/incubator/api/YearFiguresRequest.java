package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.incubator.YearValues;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** One year's figures of an incubatee; money in 万元, two decimals at most. */
@Schema(name = "YearFiguresRequest")
public class YearFiguresRequest {

    @Schema(description = "The version of the year's figures read; absent to record a year not yet recorded")
    public Long version;

    @Schema(required = true, description = "Revenue, 万元")
    @NotNull
    public BigDecimal revenue;

    @Schema(required = true, description = "Investment received in the year, 万元")
    @NotNull
    public BigDecimal investment;

    @Schema(required = true, description = "Employees at the year's end")
    @NotNull
    public Integer employees;

    @Schema(required = true, description = "Patents applied for in the year")
    @NotNull
    public Integer patentsApplied;

    @Schema(required = true, description = "Patents granted in the year")
    @NotNull
    public Integer patentsGranted;

    YearValues values() {
        return new YearValues(revenue, investment, employees, patentsApplied, patentsGranted);
    }
}
