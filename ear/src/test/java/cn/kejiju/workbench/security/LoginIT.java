package cn.kejiju.workbench.security;

import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.PageClient;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign-in as a user meets it, over HTTP from inside the server (so that the test can make accounts
 * of its own): redirects, the one refusal message, lockout, the password policy on a forced change,
 * expiry, and the second factor with its replay and expiry rules.
 */
@ExtendWith(ArquillianExtension.class)
class LoginIT {

    private static final String PASSWORD = "Right#Pass2026";
    private static final String REFUSED = "用户名或密码错误";
    private static final long CITY = 1;
    private static final long LINJIANG = 2;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(LoginIT.class, TestAccounts.class, PageClient.class, Api.class, Api.Reply.class);
    }

    @Inject
    TestAccounts accounts;

    @Test
    void aProtectedPageLeadsToTheLoginAndBackAfterIt() {
        String user = accounts.create("clerk", Set.of(Role.COMMISSIONER_CLERK), LINJIANG, PASSWORD, false);
        PageClient browser = new PageClient().open("/enterprise/list.xhtml?q=abc");
        assertEquals("/login.xhtml", browser.page());
        String anonymousSession = browser.sessionId();

        browser.submit("loginForm", Map.of("username", user, "password", PASSWORD), "login");

        assertEquals("/enterprise/list.xhtml", browser.page(), browser.body());
        assertTrue(browser.url().contains("q=abc"), browser.url());
        assertTrue(browser.body().contains(user), () -> "the header names the user: " + browser.body().substring(0, Math.min(3000, browser.body().length())));
        assertNotEquals(anonymousSession, browser.sessionId(), "a new session id at login");
    }

    @Test
    void unknownUserAndWrongPasswordReadTheSame() {
        String user = accounts.create("same", Set.of(Role.VIEWER), CITY, PASSWORD, false);
        String wrongPassword = new PageClient().login(user, "Wrong#Pass2026").body();
        String unknownUser = new PageClient().login("nobody." + System.nanoTime(), PASSWORD).body();
        assertTrue(wrongPassword.contains(REFUSED));
        assertTrue(unknownUser.contains(REFUSED));
        assertEquals(messageOf(wrongPassword), messageOf(unknownUser));
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() {
        String user = accounts.create("lock", Set.of(Role.VIEWER), CITY, PASSWORD, false);
        for (int i = 0; i < 5; i++) {
            assertEquals("/login.xhtml", new PageClient().login(user, "Wrong#Pass" + i).page());
        }
        PageClient locked = new PageClient().login(user, PASSWORD);
        assertEquals("/login.xhtml", locked.page());
        assertTrue(locked.body().contains(REFUSED), "locked reads like any refusal");
    }

    @Test
    void aForcedChangeAppliesThePolicyThenSignsIn() {
        String user = accounts.create("first", Set.of(Role.VIEWER), CITY, "Temp#Pass2026", true);
        PageClient browser = new PageClient().login(user, "Temp#Pass2026");
        assertEquals("/login-password.xhtml", browser.page());

        browser.submit("newPasswordForm", Map.of("newPassword", "short", "repeated", "short"), "save");
        assertTrue(browser.body().contains("密码至少 8 位"), "too short");
        browser.submit("newPasswordForm", Map.of("newPassword", "alllowercase", "repeated", "alllowercase"), "save");
        assertTrue(browser.body().contains("至少 3 类"), "too few classes");
        browser.submit("newPasswordForm", Map.of("newPassword", "Temp#Pass2026", "repeated", "Temp#Pass2026"), "save");
        assertTrue(browser.body().contains("最近 5 次"), "reuse of the current password");
        browser.submit("newPasswordForm", Map.of("newPassword", "New#Pass2026", "repeated", "New#Pass2027"), "save");
        assertTrue(browser.body().contains("不一致"), "repeat differs");

        browser.submit("newPasswordForm", Map.of("newPassword", "New#Pass2026", "repeated", "New#Pass2026"), "save");
        assertEquals("/index.xhtml", browser.page(), browser.body());
        assertEquals("/index.xhtml", new PageClient().login(user, "New#Pass2026").page());
    }

    @Test
    void anExpiredPasswordMustBeChanged() throws Exception {
        String user = accounts.create("expired", Set.of(Role.VIEWER), CITY, PASSWORD, false);
        accounts.agePassword(user, 91);
        assertEquals("/login-password.xhtml", new PageClient().login(user, PASSWORD).page());
    }

    @Test
    void anAdministratorNeedsTheSecondFactorAndACodeWorksOnce() {
        String admin = accounts.create("sysadm", Set.of(Role.SYSTEM_ADMIN), CITY, PASSWORD, false);
        TotpSecret secret = TotpSecret.generate();
        accounts.enrol(admin, secret.base32());

        PageClient browser = new PageClient().login(admin, PASSWORD);
        assertEquals("/login-otp.xhtml", browser.page());
        PageClient notYet = new PageClient().open("/enterprise/list.xhtml");
        assertEquals("/login.xhtml", notYet.page(), "the password alone signs nobody in");

        browser.submit("otpForm", Map.of("code", "000000".equals(current(secret)) ? "111111" : "000000"), "verify");
        assertEquals("/login-otp.xhtml", browser.page());
        assertTrue(browser.body().contains("动态码不正确"));

        String code = current(secret);
        browser.submit("otpForm", Map.of("code", code), "verify");
        assertEquals("/index.xhtml", browser.page(), browser.body());

        PageClient replay = new PageClient().login(admin, PASSWORD).submit("otpForm", Map.of("code", code), "verify");
        assertEquals("/login-otp.xhtml", replay.page(), "a used code is refused");
    }

    @Test
    void theDemoAuditorSignsInWithTheDocumentedSecret() {
        // README, Signing in: demo administrators use this authenticator secret
        TotpSecret documented = TotpSecret.fromBase32("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        PageClient browser = new PageClient().login("auditor", "Demo@2026");
        assertEquals("/login-otp.xhtml", browser.page());
        browser.submit("otpForm", Map.of("code", current(documented)), "verify");
        assertEquals("/index.xhtml", browser.page(), browser.body());
    }

    @Test
    void anExpiredCodeIsRefused() {
        String admin = accounts.create("oldcode", Set.of(Role.AUDITOR), CITY, PASSWORD, false);
        TotpSecret secret = TotpSecret.generate();
        accounts.enrol(admin, secret.base32());
        String twoStepsOld = Totp.code(secret, Totp.step(BureauClock.instant()) - 2);
        PageClient browser = new PageClient().login(admin, PASSWORD).submit("otpForm", Map.of("code", twoStepsOld), "verify");
        assertEquals("/login-otp.xhtml", browser.page());
    }

    @Test
    void anAdministratorWithoutAuthenticatorMustEnrolOne() {
        String admin = accounts.create("noauth", Set.of(Role.SECURITY_ADMIN), CITY, PASSWORD, false);
        PageClient browser = new PageClient().login(admin, PASSWORD);
        assertEquals("/login-enrol.xhtml", browser.page());
        assertTrue(browser.body().contains("<svg"), "a QR code is shown");
    }

    @Test
    void logoutEndsTheSession() {
        String user = accounts.create("bye", Set.of(Role.VIEWER), CITY, PASSWORD, false);
        PageClient browser = new PageClient().login(user, PASSWORD);
        assertEquals("/index.xhtml", browser.page());
        browser.submit("sessionForm", Map.of(), "logout");
        assertEquals("/login.xhtml", browser.page());
        assertEquals("/login.xhtml", browser.open("/enterprise/list.xhtml").page());
    }

    private static String current(TotpSecret secret) {
        return Totp.code(secret, Totp.step(BureauClock.instant()));
    }

    private static String messageOf(String page) {
        int at = page.indexOf(REFUSED);
        return page.substring(at, page.indexOf('<', at));
    }
}
