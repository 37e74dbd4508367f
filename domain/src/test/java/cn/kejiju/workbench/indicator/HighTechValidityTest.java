package cn.kejiju.workbench.indicator;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HighTechValidityTest {

    private static final LocalDate ISSUED = LocalDate.of(2023, 12, 12);

    @Test
    void validForThreeYearsFromTheIssueDate() {
        assertEquals(LocalDate.of(2026, 12, 11), HighTechValidity.validUntil(ISSUED));
        assertEquals(LocalDate.of(2027, 2, 27), HighTechValidity.validUntil(LocalDate.of(2024, 2, 28)));
    }

    @Test
    void theRenewalWindowOpensSixMonthsBeforeExpiry() {
        LocalDate until = HighTechValidity.validUntil(ISSUED);
        assertEquals(LocalDate.of(2026, 6, 12), HighTechValidity.renewalFrom(until));
        assertEquals(HighTechValidity.State.VALID, HighTechValidity.on(until, LocalDate.of(2026, 6, 11)));
        assertEquals(HighTechValidity.State.RENEWAL_DUE, HighTechValidity.on(until, LocalDate.of(2026, 6, 12)));
        assertEquals(HighTechValidity.State.RENEWAL_DUE, HighTechValidity.on(until, until));
    }

    @Test
    void expiredTheDayAfterTheLastValidDay() {
        LocalDate until = HighTechValidity.validUntil(ISSUED);
        assertEquals(HighTechValidity.State.EXPIRED, HighTechValidity.on(until, until.plusDays(1)));
    }
}
