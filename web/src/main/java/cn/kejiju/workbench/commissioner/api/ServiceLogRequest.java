package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.LogDraft;
import cn.kejiju.workbench.commissioner.ServiceKind;
import cn.kejiju.workbench.commissioner.ServiceLog;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A service log to submit, or the revised content of one not yet approved. Varieties and technologies
 * are names: the county's item of that name is used, a new name becomes a new item.
 */
@Schema(name = "ServiceLogRequest", description = "A service log (服务日志) to submit or revise. varieties: names of the "
        + "varieties introduced (e.g. 云茶1号); technologies: names of the technologies promoted")
public class ServiceLogRequest {

    @Schema(description = "Required when submitting; it cannot change")
    public Long assignmentId;

    @Schema(required = true, description = "Within the assignment's period, not in the future")
    @NotNull
    public LocalDate serviceDate;

    @Schema(required = true)
    @NotNull
    public ServiceKind kind;

    @Schema(required = true, description = "Days spent, in half days, at most 31", example = "1.5")
    @NotNull
    public BigDecimal days;

    @Schema(description = "People trained; required (above 0) for a training")
    public Integer peopleTrained;

    public Integer demonstrationBases;

    @Schema(description = "Income generated, 万元, up to 4 decimals", example = "12.5")
    public BigDecimal income;

    @Schema(required = true)
    @NotBlank
    @Size(max = ServiceLog.SUMMARY_MAX)
    public String summary;

    public List<String> varieties;

    public List<String> technologies;

    @Schema(description = "The version read; required for updates")
    public Long version;

    LogDraft toDraft() {
        return new LogDraft(assignmentId, serviceDate, kind, days, peopleTrained, demonstrationBases, income, summary,
                varieties, technologies);
    }
}
