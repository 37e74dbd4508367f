package cn.kejiju.workbench.incubator;

import java.math.BigDecimal;

/**
 * Where a unit is and what it is, as the occupancy view places it: read as values (a projection), not as
 * entities, so that a carrier of thousands of units costs one plain query.
 */
public record UnitPlace(long id, String building, int floor, String roomCode, UnitKind kind, BigDecimal area,
                        UnitStatus status) {
}
