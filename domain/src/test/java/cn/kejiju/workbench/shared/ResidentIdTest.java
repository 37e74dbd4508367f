package cn.kejiju.workbench.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResidentIdTest {

    /** The sample number of GB 11643-1999 itself, and one ending in X. */
    private static final String STANDARD_SAMPLE = "11010519491231002X";
    private static final String MALE = "440524198001010013";

    @Test
    void acceptsTheStandardsSampleWithItsCheckCharacterX() {
        ResidentId id = ResidentId.of(STANDARD_SAMPLE, "residentId");
        assertEquals(STANDARD_SAMPLE, id.value());
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertFalse(id.isMale(), "sequence 002 is even: a woman");
    }

    @Test
    void acceptsALowerCaseXAndSurroundingBlanks() {
        assertEquals(STANDARD_SAMPLE, ResidentId.of("  11010519491231002x ", "residentId").value());
    }

    @Test
    void computesTheCheckCharacterOfTheFirstSeventeenDigits() {
        assertEquals('X', ResidentId.checkCharacter(STANDARD_SAMPLE));
        assertEquals('3', ResidentId.checkCharacter(MALE));
        assertTrue(ResidentId.of(MALE, "residentId").isMale());
    }

    @Test
    void refusesAWrongCheckCharacterNamingTheRightOne() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> ResidentId.of("110105194912310021", "residentId"));
        assertEquals("residentId.checkDigit", e.messageKey());
        assertEquals("residentId", e.field());
        assertEquals("X", e.arguments()[0]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1101051949123100", "11010519491231002XX"})
    void refusesTheWrongLength(String text) {
        assertEquals("residentId.length", assertThrows(RuleViolationException.class,
                () -> ResidentId.of(text, "residentId")).messageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1101051949123100AX", "11010519491231002Y", "１10105194912310021"})
    void refusesCharactersOtherThanDigitsAndAFinalX(String text) {
        assertEquals("residentId.format", assertThrows(RuleViolationException.class,
                () -> ResidentId.of(text.length() == 18 ? text : text.substring(0, 18), "residentId")).messageKey());
    }

    @Test
    void refusesAnImpossibleBirthDate() {
        String feb30 = "11010519490230002";
        assertEquals("residentId.birthDate", assertThrows(RuleViolationException.class,
                () -> ResidentId.of(feb30 + ResidentId.checkCharacter(feb30 + "0"), "residentId")).messageKey());
    }

    @Test
    void masksAllButTheFirstThreeAndLastFourCharacters() {
        assertEquals("110***********002X", ResidentId.of(STANDARD_SAMPLE, "residentId").masked());
        assertEquals("110***********002X", ResidentId.of(STANDARD_SAMPLE, "residentId").toString());
        assertEquals("******", ResidentId.mask("1234567"));
    }
}
