package cn.kejiju.workbench.incubator;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class OccupancyCellTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

    private static UnitPlace unit(UnitStatus status) {
        return new UnitPlace(1, "A座", 1, "101", UnitKind.OFFICE, new BigDecimal("50.00"), status);
    }

    private static UnitTenancy letting(long agreement, String start, String end) {
        return new UnitTenancy(1, agreement, "企业" + agreement, LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void theLettingThatHoldsTheDayMakesTheUnitLet() {
        OccupancyCell cell = OccupancyCell.of(unit(UnitStatus.IN_SERVICE),
                List.of(letting(7, "2026-01-01", "2026-06-30"), letting(8, "2026-07-01", "2026-12-31")), DAY);
        assertEquals(OccupancyCell.Occupancy.LET, cell.occupancy());
        assertEquals(7L, cell.agreementId());
        assertEquals(LocalDate.of(2026, 6, 30), cell.until());
    }

    @Test
    void aLaterLettingOnlyReservesTheUnit() {
        OccupancyCell cell = OccupancyCell.of(unit(UnitStatus.IN_SERVICE), List.of(letting(8, "2026-07-01", "2026-12-31")), DAY);
        assertEquals(OccupancyCell.Occupancy.RESERVED, cell.occupancy());
        assertEquals(LocalDate.of(2026, 7, 1), cell.from());
    }

    @Test
    void withoutLettingsTheUnitIsFreeOrOutOfService() {
        OccupancyCell free = OccupancyCell.of(unit(UnitStatus.IN_SERVICE), List.of(), DAY);
        assertEquals(OccupancyCell.Occupancy.FREE, free.occupancy());
        assertNull(free.tenant());
        assertEquals(OccupancyCell.Occupancy.OUT_OF_SERVICE,
                OccupancyCell.of(unit(UnitStatus.OUT_OF_SERVICE), List.of(), DAY).occupancy());
    }
}
