package cn.kejiju.workbench.incubator;

import java.math.BigDecimal;

/**
 * What describes a unit: building, floor (negative below ground), room code, kind, area, list rent in
 * yuan per m² per month, and status.
 */
public record UnitSpec(String building, int floor, String roomCode, UnitKind kind, Area area, BigDecimal listRent,
                       UnitStatus status) {
}
