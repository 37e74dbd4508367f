package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AreaTest {

    @Test
    void sumsStayExact() {
        Area total = Area.ZERO;
        for (int i = 0; i < 10; i++) {
            total = total.plus(Area.of("0.10"));
        }
        assertEquals(new BigDecimal("1.00"), total.squareMetres());
        assertEquals(Area.of("1"), total, "equal whatever the scale entered");
    }

    @Test
    void keepsTwoDecimals() {
        assertEquals(new BigDecimal("120.50"), Area.of("120.5").squareMetres());
        assertEquals(new BigDecimal("120.50"), Area.of("120.500").squareMetres(), "trailing zeros are no third decimal");
    }

    @Test
    void refusesAThirdDecimalNamingTheField() {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> Area.of(new BigDecimal("12.345"), "area"));
        assertEquals("incubator.decimals", refused.messageKey());
        assertEquals("area", refused.field());
    }

    @Test
    void refusesZeroNegativeAndTooLarge() {
        assertEquals("field.range", assertThrows(RuleViolationException.class, () -> Area.of("0")).messageKey());
        assertEquals("field.range", assertThrows(RuleViolationException.class, () -> Area.of("-1")).messageKey());
        assertEquals("field.range", assertThrows(RuleViolationException.class, () -> Area.of("1000000.01")).messageKey());
        assertEquals(new BigDecimal("1000000.00"), Area.of("1000000").squareMetres());
    }

    @Test
    void aMissingAreaIsRequired() {
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> Area.of(null, "area"));
        assertEquals("field.required", refused.messageKey());
    }

    @Test
    void aTotalFromTheDatabaseMayExceedOneUnitsMaximum() {
        assertEquals(new BigDecimal("2500000.00"), Area.total(new BigDecimal("2500000")).squareMetres());
        assertEquals(Area.ZERO, Area.total(null), "no units: zero");
    }
}
