package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.incubator.EntryRule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** New entry settings, with the version read. */
@Schema(name = "EntrySettingsRequest")
public class EntrySettingsRequest {

    @Schema(required = true)
    @NotNull
    public Long version;

    @Schema(required = true, example = "24")
    @NotNull
    @Min(1)
    @Max(EntryRule.MAX_AGE_LIMIT)
    public Integer maxAgeMonths;

    @Schema(required = true, example = "incubator-entry")
    @NotBlank
    public String criteriaSetCode;
}
