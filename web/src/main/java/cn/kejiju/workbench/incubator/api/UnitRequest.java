package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.incubator.Unit;
import cn.kejiju.workbench.incubator.UnitDraft;
import cn.kejiju.workbench.incubator.UnitKind;
import cn.kejiju.workbench.incubator.UnitStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** A unit of a carrier as an integrator sends it. {@code version} is required when updating. */
@Schema(name = "UnitRequest")
public class UnitRequest {

    @Schema(required = true, example = "A座")
    @NotBlank
    @Size(max = Unit.BUILDING_MAX)
    public String building;

    @Schema(required = true, description = "Floor, -5 to 99 (negative below ground)", example = "3")
    @NotNull
    public Integer floor;

    @Schema(required = true, example = "301")
    @NotBlank
    @Size(max = Unit.ROOM_MAX)
    public String roomCode;

    @Schema(required = true)
    @NotNull
    public UnitKind kind;

    @Schema(required = true, description = "Area in m², at most two decimals", example = "120.50")
    @NotNull
    public BigDecimal area;

    @Schema(required = true, description = "List rent in yuan per m² per month, at most two decimals", example = "25.00")
    @NotNull
    public BigDecimal listRent;

    @Schema(description = "IN_SERVICE when left out")
    public UnitStatus status;

    @Schema(description = "The version read; required for updates")
    public Long version;

    UnitDraft toDraft() {
        return new UnitDraft(building, floor, roomCode, kind, area, listRent, status);
    }
}
