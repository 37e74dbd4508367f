package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.incubator.OccupancyCell;
import cn.kejiju.workbench.incubator.UnitKind;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A carrier's units on a day: what is let, to whom and until when, by building and floor. Written by
 * {@link Json}: thousands of cells field by field rather than through JSON-B's reflection.
 */
@Schema(name = "Occupancy")
@JsonbTypeSerializer(OccupancyResponse.Json.class)
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

        static Cell of(OccupancyCell c) {
            return new Cell(c.unitId(), c.building(), c.floor(), c.roomCode(), c.kind(), c.area(), c.occupancy().name(),
                    c.agreementId(), c.tenant(), c.from(), c.until());
        }
    }

    /**
     * By carrier and day only: JSON-B puts the object it writes in a hash set (and takes it out again), and a
     * record's own hash code would go through every field of every cell. Equal answers still hash alike.
     */
    @Override
    public int hashCode() {
        return Long.hashCode(carrierId) * 31 + Objects.hashCode(on);
    }

    static OccupancyResponse of(long carrierId, LocalDate on, List<OccupancyCell> cells) {
        BigDecimal let = cells.stream().filter(c -> c.occupancy() == OccupancyCell.Occupancy.LET)
                .map(OccupancyCell::area).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        BigDecimal total = cells.stream().map(OccupancyCell::area).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new OccupancyResponse(carrierId, on, let, total, cells.stream().map(Cell::of).toList());
    }

    /**
     * The answer as JSON-B writes a record (names in lexicographic order, null values left out), but field by
     * field: a carrier of 2,000 units is 2,000 cells, and JSON-B's per-property reflection and its bookkeeping
     * of the objects it writes were most of the time the answer took to write.
     */
    public static final class Json implements JsonbSerializer<OccupancyResponse> {

        @Override
        public void serialize(OccupancyResponse o, JsonGenerator json, SerializationContext context) {
            json.writeStartObject();
            json.write("carrierId", o.carrierId());
            write(json, "letArea", o.letArea());
            write(json, "on", o.on());
            write(json, "totalArea", o.totalArea());
            json.writeStartArray("units");
            for (Cell c : o.units()) {
                json.writeStartObject();
                if (c.agreementId() != null) {
                    json.write("agreementId", c.agreementId());
                }
                write(json, "area", c.area());
                write(json, "building", c.building());
                json.write("floor", c.floor());
                write(json, "from", c.from());
                write(json, "kind", c.kind() == null ? null : c.kind().name());
                write(json, "occupancy", c.occupancy());
                write(json, "roomCode", c.roomCode());
                write(json, "tenant", c.tenant());
                json.write("unitId", c.unitId());
                write(json, "until", c.until());
                json.writeEnd();
            }
            json.writeEnd();
            json.writeEnd();
        }

        private static void write(JsonGenerator json, String name, BigDecimal value) {
            if (value != null) {
                json.write(name, value);
            }
        }

        private static void write(JsonGenerator json, String name, String value) {
            if (value != null) {
                json.write(name, value);
            }
        }

        private static void write(JsonGenerator json, String name, LocalDate value) {
            if (value != null) {
                json.write(name, value.toString());
            }
        }
    }
}
