package cn.kejiju.workbench.indicator.api;

import cn.kejiju.workbench.indicator.Patent;
import cn.kejiju.workbench.indicator.PatentDetails;
import cn.kejiju.workbench.indicator.PatentStatus;
import cn.kejiju.workbench.indicator.PatentType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A patent as an integrator sends it. {@code enterpriseId} only when recording; {@code version} when updating. */
@Schema(name = "PatentRequest")
public class PatentRequest {

    @Schema(description = "The enterprise holding it; required when recording, ignored when updating")
    public Long enterpriseId;

    @Schema(required = true, description = "Application number (申请号), unique", example = "CN202510123456.7")
    @NotBlank
    @Size(max = Patent.NUMBER_MAX)
    public String number;

    @Schema(required = true, example = "一种光伏组件清洗装置")
    @NotBlank
    @Size(max = Patent.TITLE_MAX)
    public String title;

    @Schema(required = true)
    @NotNull
    public PatentType type;

    @Schema(required = true, description = "Filing date, no later than today")
    @NotNull
    public LocalDate appliedOn;

    @Schema(description = "Grant date: required for GRANTED and LAPSED, absent otherwise")
    public LocalDate grantedOn;

    @Schema(required = true)
    @NotNull
    public PatentStatus status;

    @Schema(description = "The version read; required for updates")
    public Long version;

    PatentDetails toDetails() {
        return new PatentDetails(number, title, type, appliedOn, grantedOn, status);
    }
}
