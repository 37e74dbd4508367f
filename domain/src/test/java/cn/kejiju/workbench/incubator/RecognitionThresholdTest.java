package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RecognitionThresholdTest {

    private final RecognitionThreshold threshold = new RecognitionThreshold(RecognitionLevel.MUNICIPAL, 15,
            new BigDecimal("1.00"), new BigDecimal("60.00"), 3);

    private static RecognitionThreshold.Values values(Integer tenants, String perThousand, String percent, Integer graduates) {
        return new RecognitionThreshold.Values(tenants, perThousand == null ? null : new BigDecimal(perThousand),
                percent == null ? null : new BigDecimal(percent), graduates);
    }

    private String refusedField(RecognitionThreshold.Values v) {
        return assertThrows(RuleViolationException.class, () -> threshold.revise(v)).field();
    }

    @Test
    void aRevisionKeepsTheValuesExactly() {
        threshold.revise(values(20, "1.5", "100", 4));
        assertEquals(20, threshold.getMinTenants());
        assertEquals(new BigDecimal("1.50"), threshold.getMinPerThousand());
        assertEquals(new BigDecimal("100.00"), threshold.getMinUsedPercent());
        assertEquals(4, threshold.getMinGraduates());
        threshold.revise(values(1, "0.01", "0", 1));
        assertEquals(new BigDecimal("0.00"), threshold.getMinUsedPercent());
    }

    @Test
    void countsAndTheDensityAreOverZero() {
        assertEquals("minTenants", refusedField(values(0, "1", "60", 3)));
        assertEquals("minGraduates", refusedField(values(15, "1", "60", 0)));
        assertEquals("minPerThousand", refusedField(values(15, "0", "60", 3)));
        assertEquals("minTenants", refusedField(values(null, "1", "60", 3)));
    }

    @Test
    void theSharePercentIsFromZeroToHundredWithTwoDecimals() {
        assertEquals("minUsedPercent", refusedField(values(15, "1", "100.01", 3)));
        assertEquals("minUsedPercent", refusedField(values(15, "1", "-1", 3)));
        assertEquals("minUsedPercent", refusedField(values(15, "1", "60.005", 3)));
        assertEquals("minPerThousand", refusedField(values(15, "1.001", "60", 3)));
    }

    @Test
    void aRefusedRevisionChangesNothing() {
        assertThrows(RuleViolationException.class, () -> threshold.revise(values(99, "2", "101", 9)));
        assertEquals(15, threshold.getMinTenants());
        assertEquals(new BigDecimal("60.00"), threshold.getMinUsedPercent());
    }
}
