package cn.kejiju.workbench.project.api;

import cn.kejiju.workbench.project.CallDraft;
import cn.kejiju.workbench.project.CallTerms;
import cn.kejiju.workbench.project.ProgrammeCall;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A call as sent. {@code version} is required when updating; the programme cannot change. */
@Schema(name = "ProgrammeCallRequest")
public class CallRequest {

    @Schema(required = true, description = "The programme (creating only)")
    public Long programmeId;

    @Schema(required = true, example = "2026")
    @NotNull
    public Integer year;

    @Schema(required = true, example = "2026 年度科技型中小企业技术创新基金申报指南")
    @NotBlank
    @Size(max = ProgrammeCall.TITLE_MAX)
    public String title;

    @Schema(required = true)
    @NotNull
    public LocalDate opensOn;

    @Schema(required = true)
    @NotNull
    public LocalDate closesOn;

    @Schema(type = SchemaType.STRING, description = "Yuan, at most two places; optional", example = "50000000.00")
    public BigDecimal budget;

    @Schema(required = true, type = SchemaType.STRING, description = "Yuan, at most two places", example = "1000000.00")
    @NotNull
    public BigDecimal capPerProject;

    @Schema(description = "Who may apply (申报条件)")
    @Size(max = ProgrammeCall.ELIGIBILITY_MAX)
    public String eligibility;

    @Schema(description = "The version read; required for updates")
    public Long version;

    CallTerms terms() {
        return new CallTerms(year, title, opensOn, closesOn, budget, capPerProject, eligibility);
    }

    CallDraft toDraft() {
        return new CallDraft(programmeId, terms());
    }
}
