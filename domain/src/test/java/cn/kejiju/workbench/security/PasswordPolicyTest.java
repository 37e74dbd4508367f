package cn.kejiju.workbench.security;

import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.defaults();

    @ParameterizedTest
    @CsvSource({"Ab1#, password.tooShort", "abcdefgh, password.classes", "abcdefg1, password.classes", "ABCDEFG1, password.classes"})
    void refusesWeakPasswords(String password, String key) {
        assertEquals(key, assertThrows(RuleViolationException.class, () -> policy.checkStrength(password)).messageKey());
    }

    @ParameterizedTest
    @CsvSource({"abcdEFG1", "abcdefg1#", "ABCDEFG#1", "密码abcD1234"})
    void acceptsThreeOfFourClasses(String password) {
        policy.checkStrength(password);
    }

    @Test
    void revisionsStayWithinSaneBounds() {
        assertEquals("minLength", assertThrows(RuleViolationException.class,
                () -> policy.revise(6, 3, 90, 5, 5, 15, 30, 50)).field());
        assertEquals("idleMinutes", assertThrows(RuleViolationException.class,
                () -> policy.revise(8, 3, 90, 5, 5, 15, 120, 50)).field());
        policy.revise(12, 4, 60, 10, 3, 30, 15, 20);
        assertEquals(12, policy.getMinLength());
    }
}
