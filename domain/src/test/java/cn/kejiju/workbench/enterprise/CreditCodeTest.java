package cn.kejiju.workbench.enterprise;

import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y43", // the example printed in GB 32100-2015
            "91110000802100433B",
            "91440300708461136T",
            "914403001922038216",
            "12100000400000624D" // a public institution (事业单位)
    })
    void acceptsRealCodes(String code) {
        assertEquals(code, CreditCode.of(code).value());
    }

    @Test
    void normalisesCaseAndBlanks() {
        assertEquals("91350100M000100Y43", CreditCode.of("  91350100m000100y43 ").value());
    }

    @ParameterizedTest
    @CsvSource({
            "91350100M000100Y44, creditCode.checkCharacter",
            "91440300708461136X, creditCode.checkCharacter",
            "91350100M000100Y4, creditCode.length",
            "91350100M000100Y433, creditCode.length",
            "91350100M0001O0Y43, creditCode.character", // letter O is not in the character set
            "9135A100M000100Y43, creditCode.division"
    })
    void refusesWrongCodesWithTheReason(String code, String expectedKey) {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> CreditCode.of(code));
        assertEquals(expectedKey, e.messageKey());
        assertEquals("creditCode", e.field());
    }

    @Test
    void checkCharacterNamesTheExpectedCharacter() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> CreditCode.of("91350100M000100Y40"));
        assertEquals('3', e.arguments()[0]);
    }

    @Test
    void checkCharacterCoversTheWholeAlphabet() {
        // every remainder 0..30 maps to one character of the set, and the computed code validates
        for (int i = 0; i < 31; i++) {
            String first17 = String.format("9135%04d%09d", i, 100_000 + i);
            char check = CreditCode.checkCharacter(first17);
            assertTrue(CreditCode.isValid(first17 + check), first17 + check);
        }
        assertFalse(CreditCode.isValid(null));
        assertFalse(CreditCode.isValid(""));
    }

    @Test
    void divisionCodeIsCharactersThreeToEight() {
        assertEquals("350100", CreditCode.of("91350100M000100Y43").divisionCode());
    }
}
