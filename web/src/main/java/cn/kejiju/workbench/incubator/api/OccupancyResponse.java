package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.incubator.OccupancyCell;
import cn.kejiju.workbench.incubator.UnitKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A carrier's units on a day: what is let, to whom and until when, by building and floor. */
@Schema(name = "Occupancy")
public record OccupancyResponse(
        long carrierId,
        LocalDate on,
        @Schema(description = "Area of the units let on the day, m²") BigDecimal letArea,
        @Schema(description = "Area of all units, m²") BigDecimal totalArea,
        List<Cell> units) {

    /** One unit on the day. */
    @Schema(name = "OccupancyUnit")
    public record Cell(long unitId, String building, int floor, String roomCode, UnitKind kind, BigDecimal area,
                       @Schema(description = "FREE, LET, RESERVED (let from a later day) or OUT_OF_SERVICE") String occupancy,
                       @Schema(description = "The agreement that holds it (or will)") Long agreementId,
                       String tenant,
                       LocalDate from,
                       @Schema(description = "Last day of the letting") LocalDate until) {

        /**
         * By the unit alone (a response holds each unit once): JSON-B keeps the objects it writes in a hash set,
         * and a record's own hash code would hash every field, names and dates, of thousands of cells. Equal cells
         * still have equal hash codes.
         */
        @Override
        public int hashCode() {
            return Long.hashCode(unitId);
        }

        static Cell of(OccupancyCell c) {
            return new Cell(c.unitId(), c.building(), c.floor(), c.roomCode(), c.kind(), c.area(), c.occupancy().name(),
                    c.agreementId(), c.tenant(), c.from(), c.until());
        }
    }

    static OccupancyResponse of(long carrierId, LocalDate on, List<OccupancyCell> cells) {
        BigDecimal let = cells.stream().filter(c -> c.occupancy() == OccupancyCell.Occupancy.LET)
                .map(OccupancyCell::area).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        BigDecimal total = cells.stream().map(OccupancyCell::area).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new OccupancyResponse(carrierId, on, let, total, cells.stream().map(Cell::of).toList());
    }
}
