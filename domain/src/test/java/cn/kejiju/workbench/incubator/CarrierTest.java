package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static cn.kejiju.workbench.Fixtures.CLOCK;
import static cn.kejiju.workbench.Fixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CarrierTest {

    private final Fixtures f = new Fixtures();

    private CarrierProfile profile(RecognitionLevel level, LocalDate recognizedOn) {
        return new CarrierProfile(f.county, "  长春同心创业科技园 ", CarrierKind.SCIENCE_PARK, level, recognizedOn,
                "同心运营公司", TODAY.minusYears(1), "同心路8号");
    }

    private static RuleViolationException refused(Runnable action) {
        return assertThrows(RuleViolationException.class, action::run);
    }

    @Test
    void registersWithTrimmedName() {
        Carrier carrier = new Carrier(profile(RecognitionLevel.MUNICIPAL, TODAY.minusMonths(2)), CLOCK);
        assertEquals("长春同心创业科技园", carrier.getName());
        assertEquals(f.county, carrier.getCounty());
        assertEquals(TODAY.minusMonths(2), carrier.recognizedOn().orElseThrow());
    }

    @Test
    void theNameIsFoundByItsPinyinInitialsEvenWhenStoredWithoutThem() {
        Carrier carrier = new Carrier(profile(RecognitionLevel.MUNICIPAL, TODAY.minusMonths(2)), CLOCK);
        assertEquals("zctxcykjy", carrier.getInitials(), "长春同心创业科技园 (长 read as zhang, see Known issues)");
        assertFalse(carrier.refreshInitials(), "unchanged");
    }

    @Test
    void aRecognitionLevelNeedsItsDate() {
        RuleViolationException e = refused(() -> new Carrier(profile(RecognitionLevel.NATIONAL, null), CLOCK));
        assertEquals("field.required", e.messageKey());
        assertEquals("recognizedOn", e.field());
    }

    @Test
    void noRecognitionHasNoDate() {
        RuleViolationException e = refused(() -> new Carrier(profile(RecognitionLevel.NONE, TODAY), CLOCK));
        assertEquals("incubator.carrier.recognizedWithoutLevel", e.messageKey());
        assertTrue(new Carrier(profile(RecognitionLevel.NONE, null), CLOCK).recognizedOn().isEmpty());
    }

    @Test
    void datesLieNotInTheFuture() {
        assertEquals("recognizedOn",
                refused(() -> new Carrier(profile(RecognitionLevel.PROVINCIAL, TODAY.plusDays(1)), CLOCK)).field());
        CarrierProfile openingTomorrow = new CarrierProfile(f.county, "园", CarrierKind.INCUBATOR, RecognitionLevel.NONE,
                null, null, TODAY.plusDays(1), null);
        assertEquals("openedOn", refused(() -> new Carrier(openingTomorrow, CLOCK)).field());
    }

    @Test
    void belongsToACountyNotATownship() {
        CarrierProfile inTownship = new CarrierProfile(f.township, "园", CarrierKind.INCUBATOR, RecognitionLevel.NONE,
                null, null, null, null);
        assertEquals("incubator.carrier.countyLevel", refused(() -> new Carrier(inTownship, CLOCK)).messageKey());
    }

    @Test
    void nameIsRequiredAndBounded() {
        CarrierProfile blank = new CarrierProfile(f.county, " ", CarrierKind.INCUBATOR, RecognitionLevel.NONE,
                null, null, null, null);
        assertEquals("name", refused(() -> new Carrier(blank, CLOCK)).field());
        CarrierProfile tooLong = new CarrierProfile(f.county, "园".repeat(Carrier.NAME_MAX + 1), CarrierKind.INCUBATOR,
                RecognitionLevel.NONE, null, null, null, null);
        assertEquals("field.tooLong", refused(() -> new Carrier(tooLong, CLOCK)).messageKey());
    }

    @Test
    void aUnitFollowsItsCarriersCountyAndComputesItsMonthlyRent() {
        Carrier carrier = new Carrier(profile(RecognitionLevel.NONE, null), CLOCK);
        Unit unit = new Unit(carrier, new UnitSpec("A座", 3, "301", UnitKind.OFFICE, Area.of("120.55"),
                new BigDecimal("25.5"), UnitStatus.IN_SERVICE), CLOCK);
        assertEquals(new BigDecimal("3074.03"), unit.monthlyListRent(), "120.55 × 25.50 = 3074.025, half up");
        assertEquals(new BigDecimal("25.50"), unit.getListRent());

        carrier.revise(new CarrierProfile(f.otherCounty, "园", CarrierKind.INCUBATOR, RecognitionLevel.NONE,
                null, null, null, null), CLOCK);
        unit.followCarrier();
        assertEquals(f.otherCounty, unit.getCounty());
    }

    @Test
    void aUnitsFloorAndRentAreBounded() {
        Carrier carrier = new Carrier(profile(RecognitionLevel.NONE, null), CLOCK);
        assertEquals("floor", refused(() -> new Unit(carrier, new UnitSpec("A座", 100, "1", UnitKind.OFFICE,
                Area.of("10"), BigDecimal.TEN, UnitStatus.IN_SERVICE), CLOCK)).field());
        assertEquals("listRent", refused(() -> new Unit(carrier, new UnitSpec("A座", 1, "1", UnitKind.OFFICE,
                Area.of("10"), new BigDecimal("-1"), UnitStatus.IN_SERVICE), CLOCK)).field());
        assertEquals("listRent", refused(() -> new Unit(carrier, new UnitSpec("A座", 1, "1", UnitKind.OFFICE,
                Area.of("10"), new BigDecimal("1.234"), UnitStatus.IN_SERVICE), CLOCK)).field());
        assertEquals("roomCode", refused(() -> new Unit(carrier, new UnitSpec("A座", 1, " ", UnitKind.OFFICE,
                Area.of("10"), BigDecimal.ONE, UnitStatus.IN_SERVICE), CLOCK)).field());
        Unit free = new Unit(carrier, new UnitSpec("A座", -1, "B1", UnitKind.WORKSTATION, Area.of("6"),
                BigDecimal.ZERO, UnitStatus.IN_SERVICE), CLOCK);
        assertEquals(new BigDecimal("0.00"), free.monthlyListRent(), "a rent-free unit is allowed");
    }
}
