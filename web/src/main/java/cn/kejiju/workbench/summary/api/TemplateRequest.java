package cn.kejiju.workbench.summary.api;

import cn.kejiju.workbench.summary.SentenceTemplate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A template's new text, with the version read. */
@Schema(name = "WorkSummaryTemplateRequest")
public class TemplateRequest {

    @Schema(required = true)
    @NotNull
    public Long version;

    @Schema(required = true, description = "The sentence with placeholders in braces")
    @NotBlank
    @Size(max = SentenceTemplate.TEXT_MAX)
    public String text;
}
