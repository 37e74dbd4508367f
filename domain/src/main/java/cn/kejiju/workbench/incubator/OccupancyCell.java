package cn.kejiju.workbench.incubator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One unit in the occupancy view on a day: free, let (to whom, until when), let to someone from a later day
 * (reserved), or out of service.
 */
public record OccupancyCell(long unitId, String building, int floor, String roomCode, UnitKind kind,
                            BigDecimal area, Occupancy occupancy, Long agreementId, String tenant, LocalDate from,
                            LocalDate until) {

    /** What a unit is on the day. */
    public enum Occupancy {
        FREE,
        LET,
        RESERVED,
        OUT_OF_SERVICE
    }

    /**
     * The unit on the day, given its lettings that end on or after the day, earliest first: the one that
     * holds the day, else the next one.
     */
    public static OccupancyCell of(UnitPlace unit, List<UnitTenancy> lettings, LocalDate day) {
        UnitTenancy current = null;
        for (UnitTenancy letting : lettings) {
            if (!letting.startDate().isAfter(day)) {
                current = letting;
                break;
            }
        }
        UnitTenancy next = current != null ? current : lettings.isEmpty() ? null : lettings.get(0);
        Occupancy occupancy;
        if (current != null) {
            occupancy = Occupancy.LET;
        } else if (unit.status() == UnitStatus.OUT_OF_SERVICE) {
            occupancy = Occupancy.OUT_OF_SERVICE;
        } else if (next != null) {
            occupancy = Occupancy.RESERVED;
        } else {
            occupancy = Occupancy.FREE;
        }
        return new OccupancyCell(unit.id(), unit.building(), unit.floor(), unit.roomCode(), unit.kind(),
                unit.area(), occupancy, next == null ? null : next.agreementId(),
                next == null ? null : next.tenant(), next == null ? null : next.startDate(),
                next == null ? null : next.endDate());
    }
}
