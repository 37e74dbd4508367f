package cn.kejiju.workbench.security;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules an administrator's and a user's own changes of an account follow. */
class UserAccountAdministrationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final LocalDateTime NOW = LocalDateTime.now(CLOCK);
    private static final Jurisdiction CITY = Jurisdiction.city("359900000000", "江州市");
    private static final Jurisdiction COUNTY = Jurisdiction.under(CITY, "359921000000", "临江县");
    private static final String PASSWORD = "Start#2026";
    private static final String PASSWORD_HASH = PasswordHash.hash(PASSWORD.toCharArray());

    private final PasswordPolicy policy = PasswordPolicy.defaults();

    private static UserAccount account(Role... roles) {
        return new UserAccount("wang.li", "王立", EnumSet.copyOf(List.of(roles)), COUNTY, PASSWORD_HASH, NOW);
    }

    private static String codeAt(TotpSecret secret, Clock clock) {
        return Totp.code(secret, Totp.step(clock.instant()));
    }

    private static Clock later(long seconds) {
        return Clock.offset(CLOCK, java.time.Duration.ofSeconds(seconds));
    }

    @Test
    void theLastEnabledSystemAdminCannotBeDisabled() {
        UserAccount admin = account(Role.SYSTEM_ADMIN);

        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> admin.disable(1));

        assertEquals("user.lastSystemAdmin", refused.messageKey());
        assertTrue(admin.isEnabled());
    }

    @Test
    void aSystemAdminCanBeDisabledWhileAnotherIsEnabled() {
        UserAccount admin = account(Role.SYSTEM_ADMIN);

        admin.disable(2);

        assertFalse(admin.isEnabled());
        assertFalse(admin.isEnabledSystemAdmin());
    }

    @Test
    void anyOtherAccountCanBeDisabledWhateverTheCount() {
        UserAccount clerk = account(Role.COMMISSIONER_CLERK);

        clerk.disable(1);

        assertFalse(clerk.isEnabled());
    }

    @Test
    void theLastEnabledSystemAdminKeepsTheRole() {
        UserAccount admin = account(Role.SYSTEM_ADMIN);

        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> admin.revise("王立", Set.of(Role.LEADER), COUNTY, 1));

        assertEquals("user.lastSystemAdmin", refused.messageKey());
        assertEquals("roles", refused.field());
        assertEquals(Set.of(Role.SYSTEM_ADMIN), admin.getRoles());
    }

    @Test
    void aSystemAdminIsDemotedWhileAnotherIsEnabled() {
        UserAccount admin = account(Role.SYSTEM_ADMIN);

        admin.revise("王立（调岗）", Set.of(Role.LEADER), CITY, 2);

        assertEquals(Set.of(Role.LEADER), admin.getRoles());
        assertEquals("王立（调岗）", admin.getDisplayName());
        assertEquals(CITY, admin.getJurisdiction());
    }

    @Test
    void aDisabledSystemAdminCanBeDemotedEvenIfNoOtherIsEnabled() {
        UserAccount admin = account(Role.SYSTEM_ADMIN);
        admin.disable(2);

        admin.revise("王立", Set.of(Role.VIEWER), COUNTY, 0);

        assertEquals(Set.of(Role.VIEWER), admin.getRoles());
    }

    @Test
    void reviseKeepsTheSeparationOfDuties() {
        UserAccount clerk = account(Role.COMMISSIONER_CLERK);

        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> clerk.revise("王立", Set.of(Role.SECURITY_ADMIN, Role.LEADER), COUNTY, 1));

        assertEquals("user.separationOfDuties", refused.messageKey());
        assertEquals(Set.of(Role.COMMISSIONER_CLERK), clerk.getRoles());
    }

    @Test
    void resettingTheSecondFactorForgetsSecretAndRecoveryCodes() {
        UserAccount admin = account(Role.SECURITY_ADMIN);
        TotpSecret secret = TotpSecret.generate();
        admin.enrolSecondFactor(secret, codeAt(secret, CLOCK), policy, CLOCK);
        assertTrue(admin.hasSecondFactor());

        admin.resetSecondFactor();

        assertFalse(admin.hasSecondFactor());
        assertNull(admin.getTotpSecret());
        assertTrue(admin.getRecoveryCodeHashes().isEmpty());
        assertTrue(admin.requiresSecondFactor(), "an administrator still needs two factors, so enrols again");
    }

    @Test
    void aUserWhoResetsTheVoluntarySecondFactorLogsInWithThePasswordAgain() {
        UserAccount clerk = account(Role.FINANCING_CLERK);
        TotpSecret secret = TotpSecret.generate();
        clerk.enrolSecondFactor(secret, codeAt(secret, CLOCK), policy, CLOCK);
        assertTrue(clerk.requiresSecondFactor());

        clerk.resetSecondFactor();

        assertFalse(clerk.requiresSecondFactor());
    }

    @Test
    void voluntaryEnrolmentNeedsAValidFirstCodeAndGivesRecoveryCodes() {
        UserAccount clerk = account(Role.VIEWER);
        TotpSecret secret = TotpSecret.generate();

        RecoveryCodes codes = clerk.enrolSecondFactor(secret, codeAt(secret, CLOCK), policy, CLOCK);

        assertEquals(secret.base32(), clerk.getTotpSecret());
        assertEquals(codes.hashes(), clerk.getRecoveryCodeHashes());
        assertEquals(RecoveryCodes.COUNT, codes.codes().size());
    }

    @Test
    void aWrongFirstCodeIsRefusedAndCounted() {
        UserAccount clerk = account(Role.VIEWER);
        TotpSecret secret = TotpSecret.generate();
        String wrong = codeAt(secret, later(600));

        CredentialRefusedException refused = assertThrows(CredentialRefusedException.class,
                () -> clerk.enrolSecondFactor(secret, wrong, policy, CLOCK));

        assertEquals("account.codeRefused", refused.messageKey());
        assertFalse(clerk.hasSecondFactor());
        assertEquals(1, clerk.getFailedAttempts());
    }

    @Test
    void aSecondEnrolmentIsRefused() {
        UserAccount clerk = account(Role.VIEWER);
        TotpSecret first = TotpSecret.generate();
        clerk.enrolSecondFactor(first, codeAt(first, CLOCK), policy, CLOCK);
        TotpSecret second = TotpSecret.generate();

        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> clerk.enrolSecondFactor(second, codeAt(second, later(30)), policy, later(30)));

        assertEquals("account.secondFactorEnrolled", refused.messageKey());
        assertEquals(first.base32(), clerk.getTotpSecret());
    }

    @Test
    void recoveryCodesAreRenewedOnACurrentCodeWhichIsThenUsedUp() {
        UserAccount clerk = account(Role.VIEWER);
        TotpSecret secret = TotpSecret.generate();
        List<String> old = clerk.enrolSecondFactor(secret, codeAt(secret, CLOCK), policy, CLOCK).hashes();
        Clock next = later(Totp.PERIOD_SECONDS);
        String code = codeAt(secret, next);

        RecoveryCodes renewed = clerk.renewRecoveryCodes(code, policy, next);

        assertEquals(renewed.hashes(), clerk.getRecoveryCodeHashes());
        assertTrue(old.stream().noneMatch(renewed.hashes()::contains));
        assertThrows(CredentialRefusedException.class, () -> clerk.renewRecoveryCodes(code, policy, next),
                "the same code does not work twice");
    }

    @Test
    void renewingRecoveryCodesWithoutAnAuthenticatorIsRefused() {
        UserAccount clerk = account(Role.VIEWER);

        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> clerk.renewRecoveryCodes("123456", policy, CLOCK));

        assertEquals("account.noSecondFactor", refused.messageKey());
    }

    @Test
    void theOwnPasswordChangesOnlyWithTheCurrentOne() {
        UserAccount clerk = account(Role.VIEWER);

        CredentialRefusedException refused = assertThrows(CredentialRefusedException.class,
                () -> clerk.changeOwnPassword("Wrong#2026", "Better#2027", policy, NOW));

        assertEquals("password.currentWrong", refused.messageKey());
        assertEquals("currentPassword", refused.field());
        assertEquals(1, clerk.getFailedAttempts());
        assertEquals(PASSWORD_HASH, clerk.getPasswordHash());

        clerk.changeOwnPassword(PASSWORD, "Better#2027", policy, NOW);

        assertTrue(PasswordHash.matches("Better#2027".toCharArray(), clerk.getPasswordHash()));
        assertFalse(clerk.needsNewPassword(policy, NOW));
    }

    @Test
    void theOwnNewPasswordMeetsThePolicy() {
        UserAccount clerk = account(Role.VIEWER);

        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> clerk.changeOwnPassword(PASSWORD, "short", policy, NOW));

        assertEquals("password.tooShort", refused.messageKey());
        assertEquals(PASSWORD_HASH, clerk.getPasswordHash());
    }

    @Test
    void wrongCurrentPasswordsLockTheAccountAndThenNothingIsAccepted() {
        UserAccount clerk = account(Role.VIEWER);
        PasswordPolicy strict = PasswordPolicy.defaults();
        strict.revise(8, 3, 90, 5, 2, 15, 30, 50);
        assertThrows(CredentialRefusedException.class,
                () -> clerk.changeOwnPassword("Wrong#2026", "Better#2027", strict, NOW));
        assertFalse(clerk.isLocked(NOW));
        assertThrows(CredentialRefusedException.class,
                () -> clerk.changeOwnPassword("Wrong#2027", "Better#2027", strict, NOW));
        assertTrue(clerk.isLocked(NOW));

        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> clerk.changeOwnPassword(PASSWORD, "Better#2027", strict, NOW));

        assertEquals("account.locked", refused.messageKey());
        assertEquals(PASSWORD_HASH, clerk.getPasswordHash());
    }

    @Test
    void aResetPasswordMustBeChangedAndUnlocks() {
        UserAccount clerk = account(Role.VIEWER);
        for (int i = 0; i < policy.getMaxFailures(); i++) {
            clerk.recordFailure(policy, NOW);
        }
        assertTrue(clerk.isLocked(NOW));

        clerk.resetPassword(PASSWORD_HASH, NOW);

        assertFalse(clerk.isLocked(NOW));
        assertTrue(clerk.isMustChangePassword());
    }
}
