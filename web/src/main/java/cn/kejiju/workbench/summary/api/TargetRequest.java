package cn.kejiju.workbench.summary.api;

import cn.kejiju.workbench.summary.SummaryTemplate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** A county's target for a year and a figure; with the version read when it replaces one. */
@Schema(name = "WorkSummaryTargetRequest")
public class TargetRequest {

    @Schema(required = true, example = "2026")
    @NotNull
    public Integer year;

    @Schema(required = true, description = "The county's id")
    @NotNull
    public Long countyId;

    @Schema(required = true, description = "The summary section's key: indicator, financing, project, …")
    @NotBlank
    @Size(max = SummaryTemplate.SECTION_MAX)
    public String section;

    @Schema(required = true, description = "One of the section's figure keys: patentsApplied, newAmount, won, …")
    @NotBlank
    @Size(max = SummaryTemplate.KEY_MAX)
    public String figure;

    @Schema(required = true, type = SchemaType.STRING,
            description = "Decimal string, at least 0, at most two decimals (amounts in yuan)", example = "205")
    @NotNull
    public BigDecimal value;

    @Schema(description = "The target's version read, when replacing one; absent for a new target")
    public Long version;
}
