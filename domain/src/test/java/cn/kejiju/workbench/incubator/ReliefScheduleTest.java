package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReliefScheduleTest {

    private static ReliefStep step(int from, int to, String percent) {
        return new ReliefStep(from, to, new BigDecimal(percent));
    }

    /** First year free, second year half. */
    private static final ReliefSchedule USUAL = new ReliefSchedule(List.of(step(13, 24, "50"), step(1, 12, "100")));

    @Test
    void eachMonthPaysTheRentLessItsRelief() {
        BigDecimal rent = new BigDecimal("3074.03");
        assertEquals(new BigDecimal("0.00"), USUAL.rentIn(1, rent));
        assertEquals(new BigDecimal("0.00"), USUAL.rentIn(12, rent));
        assertEquals(new BigDecimal("1537.02"), USUAL.rentIn(13, rent), "1537.015 rounds half up");
        assertEquals(new BigDecimal("1537.02"), USUAL.rentIn(24, rent));
        assertEquals(new BigDecimal("3074.03"), USUAL.rentIn(25, rent), "no step: the full rent");
    }

    @Test
    void theTotalIsTheSumOfTheRoundedMonths() {
        BigDecimal rent = new BigDecimal("3074.03");
        // 12 × 0 + 12 × 1537.02 + 12 × 3074.03
        assertEquals(new BigDecimal("55332.60"), USUAL.totalRent(36, rent));
        assertEquals(new BigDecimal("110665.08"), ReliefSchedule.none().totalRent(36, rent));
    }

    @Test
    void oddSharesStayExact() {
        ReliefSchedule third = new ReliefSchedule(List.of(step(1, 3, "33.33")));
        assertEquals(new BigDecimal("66.67"), third.rentIn(1, new BigDecimal("100.00")));
        assertEquals(new BigDecimal("200.01"), third.totalRent(3, new BigDecimal("100")));
        assertEquals(new BigDecimal("33.33"), third.percentIn(2));
        assertEquals(BigDecimal.ZERO, third.percentIn(4));
    }

    @Test
    void stepsAreSortedAndMayLeaveGaps() {
        ReliefSchedule gaps = new ReliefSchedule(List.of(step(25, 36, "20"), step(1, 6, "100")));
        assertEquals(1, gaps.steps().get(0).fromMonth());
        assertEquals(new BigDecimal("10.00"), gaps.rentIn(7, BigDecimal.TEN));
        assertEquals(new BigDecimal("8.00"), gaps.rentIn(30, BigDecimal.TEN));
    }

    @Test
    void overlappingStepsAreRefused() {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> new ReliefSchedule(List.of(step(1, 12, "100"), step(12, 24, "50"))));
        assertEquals("incubator.relief.overlap", refused.messageKey());
        assertEquals("relief", refused.field());
    }

    @Test
    void monthsAndSharesAreBounded() {
        assertEquals("incubator.relief.months", assertThrows(RuleViolationException.class,
                () -> new ReliefSchedule(List.of(step(0, 12, "100")))).messageKey());
        assertEquals("incubator.relief.months", assertThrows(RuleViolationException.class,
                () -> new ReliefSchedule(List.of(step(6, 5, "100")))).messageKey());
        assertEquals("incubator.relief.percent", assertThrows(RuleViolationException.class,
                () -> new ReliefSchedule(List.of(step(1, 12, "100.01")))).messageKey());
        assertEquals("incubator.relief.percent", assertThrows(RuleViolationException.class,
                () -> new ReliefSchedule(List.of(step(1, 12, "-1")))).messageKey());
        assertEquals("incubator.relief.percent", assertThrows(RuleViolationException.class,
                () -> new ReliefSchedule(List.of(step(1, 12, "12.345")))).messageKey());
    }
}
