package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class YuanTest {

    @Test
    void amountsAreExactToTheFen() {
        assertEquals(new BigDecimal("12.30"), Yuan.positive(new BigDecimal("12.3"), "amount"));
        assertEquals("financing.amount.fen", assertThrows(RuleViolationException.class,
                () -> Yuan.positive(new BigDecimal("12.345"), "amount")).messageKey());
        assertThrows(RuleViolationException.class, () -> Yuan.positive(BigDecimal.ZERO, "amount"));
        assertThrows(RuleViolationException.class, () -> Yuan.notNegative(new BigDecimal("-0.01"), "amount"));
        assertEquals(new BigDecimal("0.00"), Yuan.notNegative(BigDecimal.ZERO, "amount"));
    }

    @Test
    void formatsYuanAndWanExactly() {
        assertEquals("57,000,000.00", Yuan.format(new BigDecimal("57000000")));
        assertEquals("5,700.00", Yuan.formatWan(new BigDecimal("57000000.00")));
        assertEquals("0.123456", Yuan.formatWan(new BigDecimal("1234.56")));
        assertEquals("1234.50", Yuan.plain(new BigDecimal("1234.5")));
    }
}
