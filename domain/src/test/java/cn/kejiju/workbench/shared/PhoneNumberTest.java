package cn.kejiju.workbench.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PhoneNumberTest {

    @Test
    void masksMobileKeepingPrefixAndLastFour() {
        assertEquals("138****5678", PhoneNumber.of("13812345678").masked());
    }

    @Test
    void masksLandlineKeepingAreaCodeAndLastFour() {
        assertEquals("0591-****5678", PhoneNumber.of("0591-12345678").masked());
    }

    @Test
    void toStringNeverShowsTheWholeNumber() {
        assertEquals("139****0000", PhoneNumber.of("139 1234 0000").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12812345678", "1381234567", "abc", "", "0591-123"})
    void refusesMalformedNumbers(String text) {
        assertEquals("phone.invalid",
                assertThrows(RuleViolationException.class, () -> PhoneNumber.of(text)).messageKey());
    }
}
