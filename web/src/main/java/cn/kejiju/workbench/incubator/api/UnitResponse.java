package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.incubator.Unit;
import cn.kejiju.workbench.incubator.UnitKind;
import cn.kejiju.workbench.incubator.UnitStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** A unit as the API shows it. */
@Schema(name = "Unit")
public record UnitResponse(
        long id,
        long version,
        long carrierId,
        String building,
        int floor,
        String roomCode,
        UnitKind kind,
        @Schema(description = "Area in m²") BigDecimal area,
        @Schema(description = "List rent in yuan per m² per month") BigDecimal listRent,
        @Schema(description = "Area × list rent, yuan per month, to the fen") BigDecimal monthlyListRent,
        UnitStatus status) {

    /** The unit of the given carrier (passed in: reading the unit's own link would load the carrier per row). */
    static UnitResponse of(Unit u, long carrierId) {
        return new UnitResponse(u.getId(), u.getVersion(), carrierId, u.getBuilding(), u.getFloor(),
                u.getRoomCode(), u.getKind(), u.getArea().squareMetres(), u.getListRent(), u.monthlyListRent(),
                u.getStatus());
    }
}
