package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static cn.kejiju.workbench.Fixtures.CLOCK;
import static cn.kejiju.workbench.Fixtures.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgreementTest {

    private final Fixtures f = new Fixtures();
    private final Carrier carrier = withId(new Carrier(new CarrierProfile(f.county, "同心科技园", CarrierKind.SCIENCE_PARK,
            RecognitionLevel.NONE, null, null, null, null), CLOCK));
    private final Unit office = unit("301", "120.55", "25.50");
    private final Unit hall = unit("C01", "1200", "15");

    private Unit unit(String room, String area, String rent) {
        return withId(new Unit(carrier, new UnitSpec("A座", 3, room, UnitKind.OFFICE, Area.of(area),
                new BigDecimal(rent), UnitStatus.IN_SERVICE), CLOCK));
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    private Agreement signed(Unit... units) {
        Incubatee incubatee = new Incubatee(carrier, f.company, day("2026-01-01"), CLOCK);
        return Agreement.sign(incubatee, List.of(units), AgreementTerms.of(
                new LetPeriod(day("2026-01-01"), day("2026-12-31")), new BigDecimal("5000"),
                List.of(new ReliefStep(1, 6, new BigDecimal("100")))), CLOCK);
    }

    @Test
    void theMonthlyRentIsTheSumOfAreaTimesRate() {
        Agreement agreement = signed(office, hall);
        // 120.55 × 25.50 = 3074.025 → 3074.03; 1200 × 15 = 18000.00
        assertEquals(new BigDecimal("21074.03"), agreement.getMonthlyRent());
        assertEquals(new BigDecimal("5000.00"), agreement.getDeposit());
        assertEquals(2, agreement.getLettings().size());
        assertEquals(new BigDecimal("126444.18"), agreement.totalRent(), "six months free, six at 21074.03");
    }

    @Test
    void unitsAreOfTheCarrierInServiceAndAtLeastOne() {
        assertEquals("incubator.agreement.noUnits", assertThrows(RuleViolationException.class, this::signed).messageKey());
        office.revise(new UnitSpec("A座", 3, "301", UnitKind.OFFICE, Area.of("120.55"), new BigDecimal("25.50"),
                UnitStatus.OUT_OF_SERVICE), CLOCK);
        assertEquals("incubator.agreement.outOfService",
                assertThrows(RuleViolationException.class, () -> signed(office)).messageKey());
        Carrier other = new Carrier(carrier.profile(), CLOCK);
        Unit elsewhere = withId(new Unit(other, hall.spec(), CLOCK));
        assertEquals("incubator.agreement.otherCarrier",
                assertThrows(RuleViolationException.class, () -> signed(elsewhere)).messageKey());
        assertEquals("incubator.agreement.unitTwice",
                assertThrows(RuleViolationException.class, () -> signed(hall, hall)).messageKey());
    }

    @Test
    void aRenewalContinuesTheSameUnitsFromTheNextDay() {
        Agreement first = signed(office);
        Agreement renewal = first.renew(day("2027-12-31"), BigDecimal.ZERO, ReliefSchedule.none(), CLOCK);

        assertEquals(AgreementStatus.RENEWED, first.getStatus());
        assertEquals(day("2027-01-01"), renewal.getStartDate());
        assertSame(first.getIncubatee(), renewal.getIncubatee(), "one incubation");
        assertSame(first, renewal.predecessor().orElseThrow());
        assertSame(office, renewal.getLettings().get(0).getUnit());
        assertEquals("incubator.agreement.notActive", assertThrows(RuleViolationException.class,
                () -> first.renew(day("2028-12-31"), null, null, CLOCK)).messageKey());
    }

    @Test
    void aMoveEndsTheAgreementTheDayBeforeAndKeepsTheIncubation() {
        Agreement first = signed(office);
        Agreement moved = first.moveTo(List.of(hall), day("2026-07-01"), day("2027-06-30"), null, null, CLOCK);

        assertEquals(AgreementStatus.MOVED, first.getStatus());
        assertEquals(day("2026-06-30"), first.getEndDate());
        assertEquals(day("2026-06-30"), first.getLettings().get(0).getEndDate(), "the old unit is free from the move");
        assertEquals(day("2026-07-01"), moved.getStartDate());
        assertSame(first.getIncubatee(), moved.getIncubatee());
        assertEquals(day("2026-01-01"), moved.getIncubatee().getEnteredOn(), "the first entry stays");
        assertEquals(new BigDecimal("18000.00"), moved.getMonthlyRent());
    }

    @Test
    void aMoveDayLiesAfterTheFirstDayAndWithinTheAgreement() {
        Agreement first = signed(office);
        assertEquals("incubator.agreement.moveDay", assertThrows(RuleViolationException.class,
                () -> first.moveTo(List.of(hall), day("2026-01-01"), day("2026-12-31"), null, null, CLOCK)).messageKey());
        assertEquals("incubator.agreement.moveDay", assertThrows(RuleViolationException.class,
                () -> first.moveTo(List.of(hall), day("2027-01-01"), day("2027-12-31"), null, null, CLOCK)).messageKey());
        assertTrue(first.getStatus().isCurrent(), "a refused move changes nothing");
        assertEquals(day("2026-12-31"), first.getEndDate());
    }

    @Test
    void anExitEndsTheAgreementAndTheIncubation() {
        Agreement agreement = signed(office);
        agreement.endWithExit(day("2026-09-30"), ExitReason.GRADUATED, " 认定高新技术企业 ", CLOCK);

        assertEquals(AgreementStatus.ENDED, agreement.getStatus());
        assertEquals(day("2026-09-30"), agreement.getEndDate());
        assertEquals(day("2026-09-30"), agreement.getLettings().get(0).getEndDate());
        Incubatee incubatee = agreement.getIncubatee();
        assertFalse(incubatee.isIncubating());
        assertEquals(ExitReason.GRADUATED, incubatee.exitReason().orElseThrow());
        assertEquals("认定高新技术企业", incubatee.exitNote().orElseThrow());
        assertEquals("incubator.agreement.notActive", assertThrows(RuleViolationException.class,
                () -> agreement.endWithExit(day("2026-10-01"), ExitReason.FAILED, null, CLOCK)).messageKey());
    }

    @Test
    void anExitNeedsAReasonAndADayWithinTheAgreement() {
        Agreement agreement = signed(office);
        assertEquals("exitDate", assertThrows(RuleViolationException.class,
                () -> agreement.endWithExit(day("2027-01-01"), ExitReason.MOVED_OUT, null, CLOCK)).field());
        assertEquals("reason", assertThrows(RuleViolationException.class,
                () -> agreement.endWithExit(day("2026-05-01"), null, null, CLOCK)).field());
        assertTrue(agreement.getIncubatee().isIncubating());
    }
}
