package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.incubator.EntryApplication;
import cn.kejiju.workbench.incubator.EntryDraft;
import cn.kejiju.workbench.incubator.UnitKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An entry application (入孵申请) as an integrator sends it. The enterprise and carrier are fixed once it
 * exists; {@code version} is required when updating a draft.
 */
@Schema(name = "EntryApplicationRequest")
public class EntryApplicationRequest {

    @Schema(required = true, description = "The enterprise (master data) of the carrier's county")
    @NotNull
    public Long enterpriseId;

    @Schema(required = true)
    @NotNull
    public Long carrierId;

    @Schema(required = true, description = "The kind of unit asked for")
    @NotNull
    public UnitKind unitKind;

    @Schema(required = true, description = "Area asked for in m², exact to 0.01", example = "120.50")
    @NotNull
    public BigDecimal area;

    @Schema(required = true)
    @NotBlank
    @Size(max = EntryApplication.SUMMARY_MAX)
    public String businessSummary;

    @Schema(required = true, description = "Technology field, e.g. 电子信息, 生物医药", example = "电子信息")
    @NotBlank
    @Size(max = EntryApplication.FIELD_MAX)
    public String technologyField;

    @Schema(required = true, description = "The founding day; the entry rule limits how long before the "
            + "application it may be (24 months by default)")
    @NotNull
    public LocalDate foundedOn;

    @Schema(description = "The version read; required for updates")
    public Long version;

    EntryDraft toDraft() {
        return new EntryDraft(enterpriseId, carrierId, unitKind, area, businessSummary, technologyField, foundedOn);
    }
}
