package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static cn.kejiju.workbench.Fixtures.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IdempotencyRecordTest {

    private static String repayment(long loan, String amount) {
        return IdempotencyRecord.fingerprint("repayment", loan, new BigDecimal(amount), LocalDate.of(2026, 6, 1));
    }

    @Test
    void aRetryOfTheSameRequestGetsTheFirstResult() {
        IdempotencyRecord first = new IdempotencyRecord("integrator", "pay-2026-06-001", "repayment",
                repayment(7, "1000.00"), CLOCK);
        first.completed(42);
        assertEquals(42, first.replay("repayment", repayment(7, "1000.00")));
    }

    @Test
    void theSameKeyWithAnotherBodyOrOperationIsRefused() {
        IdempotencyRecord first = new IdempotencyRecord("integrator", "k1", "repayment", repayment(7, "1000.00"), CLOCK);
        first.completed(42);
        assertNotEquals(repayment(7, "1000.00"), repayment(7, "1000.01"));
        assertEquals("financing.idempotency.mismatch", assertThrows(RuleViolationException.class,
                () -> first.replay("repayment", repayment(7, "1000.01"))).messageKey());
        assertThrows(RuleViolationException.class, () -> first.replay("recovery", repayment(7, "1000.00")));
        assertThrows(RuleViolationException.class, () -> first.replay("repayment", repayment(8, "1000.00")));
    }

    @Test
    void anUnfinishedFirstUseIsNotReplayed() {
        IdempotencyRecord first = new IdempotencyRecord("integrator", "k2", "repayment", repayment(7, "1"), CLOCK);
        assertThrows(RuleViolationException.class, () -> first.replay("repayment", repayment(7, "1")));
    }

    @Test
    void keysAreVisibleAsciiOfAtMostAHundred() {
        assertEquals("abc-123_X", IdempotencyRecord.checkedKey("abc-123_X"));
        assertThrows(RuleViolationException.class, () -> IdempotencyRecord.checkedKey(""));
        assertThrows(RuleViolationException.class, () -> IdempotencyRecord.checkedKey("with space"));
        assertThrows(RuleViolationException.class, () -> IdempotencyRecord.checkedKey("键"));
        assertThrows(RuleViolationException.class, () -> IdempotencyRecord.checkedKey("k".repeat(101)));
        assertEquals(100, IdempotencyRecord.checkedKey("k".repeat(100)).length());
    }
}
