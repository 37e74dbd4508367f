package cn.kejiju.workbench.security;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserAccountTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 28, 9, 0);
    private final Jurisdiction city = Jurisdiction.city("359900000000", "江州市");
    private final Jurisdiction county = Jurisdiction.under(city, "359921000000", "临江县");
    private final Jurisdiction township = Jurisdiction.under(county, "359921101000", "城关镇");
    private final PasswordPolicy policy = PasswordPolicy.defaults();

    private UserAccount user(Set<Role> roles) {
        return new UserAccount("zhang.san", "张三", roles, county, PasswordHash.hash("Initial#2026".toCharArray()), NOW);
    }

    @Test
    void aNewAccountMustChangeItsPassword() {
        UserAccount user = user(Set.of(Role.VIEWER));
        assertTrue(user.needsNewPassword(policy, NOW));
        user.changePassword("Fresh#Pass2026", policy, NOW);
        assertFalse(user.needsNewPassword(policy, NOW));
        assertTrue(user.needsNewPassword(policy, NOW.plusDays(91)), "expired after 90 days");
    }

    @Test
    void fiveFailuresLockForFifteenMinutes() {
        UserAccount user = user(Set.of(Role.VIEWER));
        for (int i = 0; i < 4; i++) {
            assertFalse(user.recordFailure(policy, NOW));
        }
        assertTrue(user.recordFailure(policy, NOW), "the fifth failure locks");
        assertTrue(user.isLocked(NOW.plusMinutes(14)));
        assertFalse(user.isLocked(NOW.plusMinutes(15)), "unlocked after the period");
    }

    @Test
    void theLastFivePasswordsCannotBeReused() {
        UserAccount user = user(Set.of(Role.VIEWER));
        String[] passwords = {"First#Pass1", "Second#Pass2", "Third#Pass3", "Fourth#Pass4", "Fifth#Pass5"};
        for (String password : passwords) {
            user.changePassword(password, policy, NOW);
        }
        for (String password : passwords) {
            assertEquals("password.reused", assertThrows(RuleViolationException.class,
                    () -> user.changePassword(password, policy, NOW)).messageKey(), password);
        }
        user.changePassword("Initial#2026", policy, NOW);
    }

    @Test
    void theThreeAdministratorRolesExcludeEachOtherAndAllOthers() {
        assertEquals("user.separationOfDuties", assertThrows(RuleViolationException.class,
                () -> user(EnumSet.of(Role.SYSTEM_ADMIN, Role.AUDITOR))).messageKey());
        assertEquals("user.separationOfDuties", assertThrows(RuleViolationException.class,
                () -> user(EnumSet.of(Role.SECURITY_ADMIN, Role.VIEWER))).messageKey());
        user(EnumSet.of(Role.COMMISSIONER_CLERK, Role.INCUBATOR_CLERK));
    }

    @Test
    void integratorsAreTokensAndUsersBelongToCityOrCounty() {
        assertEquals("user.integratorIsToken", assertThrows(RuleViolationException.class,
                () -> user(Set.of(Role.INTEGRATOR))).messageKey());
        assertEquals("user.jurisdictionLevel", assertThrows(RuleViolationException.class,
                () -> new UserAccount("li.si", "李四", Set.of(Role.VIEWER), township, "x", NOW)).messageKey());
    }

    @Test
    void administratorsNeedASecondFactorOthersMayHaveOne() {
        assertTrue(user(Set.of(Role.AUDITOR)).requiresSecondFactor());
        UserAccount clerk = user(Set.of(Role.COMMISSIONER_CLERK));
        assertFalse(clerk.requiresSecondFactor());
        clerk.enrolSecondFactor(TotpSecret.generate().base32(), 100, RecoveryCodes.generate().hashes());
        assertTrue(clerk.requiresSecondFactor());
        clerk.acceptedTotpStep(101);
        assertThrows(IllegalStateException.class, () -> clerk.acceptedTotpStep(101), "no replay");
    }
}
