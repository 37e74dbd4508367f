package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClassificationBandsTest {

    @Test
    void eachCategoryStartsOnItsDay() {
        ClassificationBands bands = ClassificationBands.DEFAULT;
        assertEquals(LoanClass.NORMAL, bands.classify(0));
        assertEquals(LoanClass.SPECIAL_MENTION, bands.classify(1));
        assertEquals(LoanClass.SPECIAL_MENTION, bands.classify(90));
        assertEquals(LoanClass.SUBSTANDARD, bands.classify(91));
        assertEquals(LoanClass.SUBSTANDARD, bands.classify(180));
        assertEquals(LoanClass.DOUBTFUL, bands.classify(181));
        assertEquals(LoanClass.DOUBTFUL, bands.classify(360));
        assertEquals(LoanClass.LOSS, bands.classify(361));
    }

    @Test
    void configuredBandsMoveTheBoundaries() {
        ClassificationBands bands = new ClassificationBands(31, 61, 121, 241);
        assertEquals(LoanClass.NORMAL, bands.classify(30));
        assertEquals(LoanClass.SPECIAL_MENTION, bands.classify(31));
        assertEquals(LoanClass.SUBSTANDARD, bands.classify(61));
        assertEquals(LoanClass.DOUBTFUL, bands.classify(240));
        assertEquals(LoanClass.LOSS, bands.classify(241));
    }

    @Test
    void bandsMustRiseStrictly() {
        assertEquals("lossFrom", assertThrows(RuleViolationException.class,
                () -> new ClassificationBands(1, 91, 181, 181)).field());
        assertEquals("substandardFrom", assertThrows(RuleViolationException.class,
                () -> new ClassificationBands(10, 10, 181, 361)).field());
        assertThrows(RuleViolationException.class, () -> new ClassificationBands(0, 91, 181, 361));
        assertThrows(RuleViolationException.class, () -> new ClassificationBands(1, 91, 181, 3651));
    }
}
