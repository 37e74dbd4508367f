package cn.kejiju.workbench.commissioner.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** How an introduced variety or technology was taken up; only for an approved log. */
@Schema(name = "AdoptionRequest")
public class AdoptionRequest {

    @Schema(description = "Area adopted, 亩, up to 2 decimals")
    public BigDecimal area;

    @Schema(description = "Households adopting")
    public Integer households;

    @Schema(description = "Income from it, 万元, up to 4 decimals")
    public BigDecimal income;

    @Schema(description = "Day recorded; today when left out")
    public LocalDate recordedOn;
}
