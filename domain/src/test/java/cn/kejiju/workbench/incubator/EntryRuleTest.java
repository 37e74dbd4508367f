package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EntryRuleTest {

    private final EntryRule rule = new EntryRule(24);
    private final LocalDate applied = LocalDate.of(2026, 6, 30);

    @Test
    void anEnterpriseFoundedExactlyTheRulesMonthsBeforeMayApply() {
        assertEquals(LocalDate.of(2024, 6, 30), rule.earliestFounding(applied));
        assertDoesNotThrow(() -> rule.check(LocalDate.of(2024, 6, 30), applied));
        assertDoesNotThrow(() -> rule.check(applied, applied), "founded on the day it applies");
    }

    @Test
    void anEnterpriseFoundedADayEarlierIsRefusedNamingTheRule() {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> rule.check(LocalDate.of(2024, 6, 29), applied));
        assertEquals("incubator.entry.tooOld", refused.messageKey());
        assertEquals("foundedOn", refused.field());
        assertArrayEquals(new Object[] {24, LocalDate.of(2024, 6, 29), applied, LocalDate.of(2024, 6, 30)},
                refused.arguments());
    }

    @Test
    void theMonthsAreConfigurable() {
        EntryRule longer = new EntryRule(36);
        assertDoesNotThrow(() -> longer.check(LocalDate.of(2024, 1, 1), applied));
        assertThrows(RuleViolationException.class, () -> new EntryRule(12).check(LocalDate.of(2025, 6, 29), applied));
    }

    @Test
    void aFoundingAfterTheApplicationOrMissingIsRefused() {
        assertEquals("incubator.entry.foundedLater", assertThrows(RuleViolationException.class,
                () -> rule.check(applied.plusDays(1), applied)).messageKey());
        assertEquals("field.required", assertThrows(RuleViolationException.class,
                () -> rule.check(null, applied)).messageKey());
    }

    @Test
    void monthsOutsideOneToTwoHundredFortyAreRefused() {
        assertThrows(RuleViolationException.class, () -> new EntryRule(0));
        assertThrows(RuleViolationException.class, () -> new EntryRule(241));
        assertDoesNotThrow(() -> new EntryRule(240));
    }

    @Test
    void monthEndsCountAsCalendarMonths() {
        // 2026-02-28 minus 24 months is 2024-02-28 (not the 29th)
        assertEquals(LocalDate.of(2024, 2, 28), rule.earliestFounding(LocalDate.of(2026, 2, 28)));
        assertThrows(RuleViolationException.class, () -> rule.check(LocalDate.of(2024, 2, 27), LocalDate.of(2026, 2, 28)));
    }
}
