package cn.kejiju.workbench.incubator;

import java.math.BigDecimal;

/**
 * What a clerk submits for a unit: area in m² and list rent in yuan per m² per month, both exact
 * decimals. {@link #of} is the state the audit trail compares.
 */
public record UnitDraft(String building, Integer floor, String roomCode, UnitKind kind, BigDecimal area,
                        BigDecimal listRent, UnitStatus status) {

    public static UnitDraft of(Unit u) {
        return new UnitDraft(u.getBuilding(), u.getFloor(), u.getRoomCode(), u.getKind(),
                u.getArea().squareMetres(), u.getListRent(), u.getStatus());
    }
}
