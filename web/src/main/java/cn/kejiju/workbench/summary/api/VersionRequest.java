package cn.kejiju.workbench.summary.api;

import cn.kejiju.workbench.summary.Narrative;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new version of a summary: the version it is based on and the narrative parts. */
@Schema(name = "WorkSummaryVersionRequest")
public class VersionRequest {

    @Schema(required = true, description = "The latest version read (latestNumber; 0 for the first)")
    @NotNull
    @Min(0)
    public Integer basedOn;

    @Schema(description = "主要亮点: paragraphs separated by new lines")
    @Size(max = Narrative.PART_MAX)
    public String highlights;

    @Schema(description = "存在的问题")
    @Size(max = Narrative.PART_MAX)
    public String problems;

    @Schema(description = "下一步工作打算")
    @Size(max = Narrative.PART_MAX)
    public String nextSteps;

    public Narrative narrative() {
        return new Narrative(highlights, problems, nextSteps);
    }
}
