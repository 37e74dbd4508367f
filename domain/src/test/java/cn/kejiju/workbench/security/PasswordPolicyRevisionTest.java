package cn.kejiju.workbench.security;

import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyRevisionTest {

    @Test
    void generatedPasswordsMeetTheStrictestPolicyAndDiffer() {
        PasswordPolicy strict = PasswordPolicy.defaults();
        strict.revise(20, 4, 90, 5, 5, 15, 30, 50);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String password = strict.generatePassword();
            assertEquals(20, password.length());
            assertDoesNotThrow(() -> strict.checkStrength(password), password);
            seen.add(password);
        }
        assertEquals(200, seen.size());
    }

    @Test
    void generatedPasswordsHaveAtLeastTwelveCharactersWithoutLookAlikes() {
        PasswordPolicy policy = PasswordPolicy.defaults();
        for (int i = 0; i < 200; i++) {
            String password = policy.generatePassword();
            assertEquals(PasswordPolicy.GENERATED_MIN_LENGTH, password.length());
            assertTrue(password.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0), password);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "7, 3, 90, 5, 5, 15, 30, 50, minLength, 8, 64",
            "8, 2, 90, 5, 5, 15, 30, 50, minClasses, 3, 4",
            "8, 3, 366, 5, 5, 15, 30, 50, expiryDays, 0, 365",
            "8, 3, 90, 4, 5, 15, 30, 50, historySize, 5, 24",
            "8, 3, 90, 5, 0, 15, 30, 50, maxFailures, 1, 10",
            "8, 3, 90, 5, 5, 0, 30, 50, lockMinutes, 1, 1440",
            "8, 3, 90, 5, 5, 15, 31, 50, idleMinutes, 1, 30",
            "8, 3, 90, 5, 5, 15, 30, 10001, tokenRatePerSecond, 1, 10000"})
    void aValueOutOfItsRangeIsRefusedNamingFieldAndRange(int minLength, int minClasses, int expiryDays, int historySize,
                                                          int maxFailures, int lockMinutes, int idleMinutes, int rate,
                                                          String field, int min, int max) {
        PasswordPolicy policy = PasswordPolicy.defaults();

        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> policy.revise(
                minLength, minClasses, expiryDays, historySize, maxFailures, lockMinutes, idleMinutes, rate));

        assertEquals("policy.outOfRange", refused.messageKey());
        assertEquals(field, refused.field());
        assertArrayEquals(new Object[] {min, max}, refused.arguments());
        assertEquals(8, policy.getMinLength(), "nothing changed");
    }
}
