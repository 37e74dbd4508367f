package cn.kejiju.workbench.security;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.AsSecurityAdmin;
import cn.kejiju.workbench.AsSystemAdmin;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.TestData;
import cn.kejiju.workbench.Unchecked;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administration services inside the server: accounts as the system administrator manages them,
 * the policy and integrator tokens as the security administrator manages them (tokens checked through
 * the real API over HTTP), and the own-account service refusing a caller who is not a signed-in user.
 */
@ExtendWith(ArquillianExtension.class)
class UserAdministrationIT {

    /** Demo jurisdictions (db/demo): the city and 临江县. */
    private static final long CITY = 1;
    private static final long LINJIANG = TestData.COUNTY_LINJIANG;
    /** The demo system administrator. */
    private static final String DEMO_ADMIN = "admin";
    private static final HttpClient HTTP = Api.client().build();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(UserAdministrationIT.class, TestData.class, AsSystemAdmin.class, AsSecurityAdmin.class,
                Unchecked.class, Api.class, Api.Reply.class);
    }

    @Resource(name = "jdbc/workbench")
    DataSource dataSource;

    @Inject
    UserService users;

    @Inject
    SecurityPolicyService policies;

    @Inject
    TokenService tokens;

    @Inject
    AuthenticationService authentication;

    @Inject
    AccountService accounts;

    @Inject
    AsSystemAdmin asSystemAdmin;

    @Inject
    AsSecurityAdmin asSecurityAdmin;

    private <T> T systemAdmin(Callable<T> work) {
        return Unchecked.call(() -> asSystemAdmin.call(work));
    }

    private <T> T securityAdmin(Callable<T> work) {
        return Unchecked.call(() -> asSecurityAdmin.call(work));
    }

    private static String newUsername() {
        return "it." + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
    }

    private static UserDraft draft(String username, Role... roles) {
        return new UserDraft(username, "测试用户", Set.of(roles), LINJIANG);
    }

    private UserAccount account(String username) {
        return systemAdmin(() -> users.list()).stream()
                .filter(account -> account.getUsername().equals(username)).findFirst().orElseThrow();
    }

    // --- users -------------------------------------------------------------------------------------

    @Test
    void aNewUserGetsATemporaryPasswordThatMeetsThePolicyAndMustBeChanged() {
        String username = newUsername();

        TemporaryPassword created = systemAdmin(() -> users.create(draft(username, Role.VIEWER)));

        assertEquals(username, created.account().getUsername());
        PasswordPolicy policy = securityAdmin(() -> policies.get());
        assertDoesNotThrow(() -> policy.checkStrength(created.password()));
        LoginResult login = authentication.checkPassword(username, created.password().toCharArray());
        assertEquals(LoginStep.CHANGE_PASSWORD, login.step());
    }

    @Test
    void aResetPasswordReplacesTheOldOneAndUnlocks() {
        String username = newUsername();
        TemporaryPassword created = systemAdmin(() -> users.create(draft(username, Role.FINANCING_CLERK)));
        int failures = securityAdmin(() -> policies.get()).getMaxFailures();
        for (int i = 0; i < failures; i++) {
            authentication.checkPassword(username, "Wrong#2026x".toCharArray());
        }
        assertTrue(authentication.isLocked(username));

        TemporaryPassword reset = systemAdmin(() -> users.resetPassword(created.account().getId()));

        assertNotEquals(created.password(), reset.password());
        assertFalse(authentication.isLocked(username));
        assertEquals(LoginStep.REFUSED, authentication.checkPassword(username, created.password().toCharArray()).step());
        assertEquals(LoginStep.CHANGE_PASSWORD, authentication.checkPassword(username, reset.password().toCharArray()).step());
    }

    @Test
    void passwordsChangeAgainAndAgainAndTheHistoryKeepsUp() {
        String username = newUsername();
        long id = systemAdmin(() -> users.create(draft(username, Role.VIEWER))).account().getId();
        String temporary = null;
        for (int i = 0; i < 6; i++) {
            temporary = systemAdmin(() -> users.resetPassword(id)).password();
        }
        assertEquals(LoginStep.CHANGE_PASSWORD, authentication.checkPassword(username, temporary.toCharArray()).step());

        authentication.changePassword(username, "Chosen#2026a");
        authentication.changePassword(username, "Chosen#2026b");
        RuleViolationException reused = assertThrows(RuleViolationException.class,
                () -> authentication.changePassword(username, "Chosen#2026a"));

        assertEquals("password.reused", reused.messageKey());
        assertEquals(LoginStep.SIGNED_IN, authentication.checkPassword(username, "Chosen#2026b".toCharArray()).step());
    }

    @Test
    void eachRecoveryCodeWorksOnceInAnyOrder() {
        String username = newUsername();
        TemporaryPassword created = systemAdmin(() -> users.create(draft(username, Role.INCUBATOR_CLERK)));
        TotpSecret secret = TotpSecret.generate();
        List<String> codes = authentication.enrolSecondFactor(username, secret.base32(),
                Totp.code(secret, Totp.step(BureauClock.instant()))).recoveryCodes();
        char[] password = created.password().toCharArray();

        for (String code : List.of(codes.get(4), codes.get(0), codes.get(9))) {
            assertEquals(LoginStep.SECOND_FACTOR, authentication.checkPassword(username, password).step());
            assertEquals(LoginStep.CHANGE_PASSWORD, authentication.checkSecondFactor(username, code).step(), code);
        }
        assertEquals(LoginStep.REFUSED, authentication.checkSecondFactor(username, codes.get(4)).step());
        assertEquals(RecoveryCodes.COUNT - 3,
                systemAdmin(() -> users.get(created.account().getId())).getRecoveryCodeHashes().size());
    }

    @Test
    void aDuplicateUsernameIsAConflict() {
        String username = newUsername();
        systemAdmin(() -> users.create(draft(username, Role.VIEWER)));

        ConflictException conflict = assertThrows(ConflictException.class,
                () -> systemAdmin(() -> users.create(draft(username, Role.LEADER))));

        assertEquals("user.duplicateUsername", conflict.messageKey());
        assertEquals("username", conflict.field());
        assertEquals(Set.of(Role.VIEWER), account(username).getRoles());
    }

    @Test
    void separationOfDutiesIsKept() {
        String username = newUsername();

        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> systemAdmin(() -> users.create(draft(username, Role.SECURITY_ADMIN, Role.LEADER))));

        assertEquals("user.separationOfDuties", refused.messageKey());
        assertEquals("roles", refused.field());
        assertTrue(systemAdmin(() -> users.list()).stream().noneMatch(account -> account.getUsername().equals(username)));
    }

    @Test
    void anUpdateBasedOnAnOldVersionIsAConflict() {
        String username = newUsername();
        UserAccount created = systemAdmin(() -> users.create(draft(username, Role.VIEWER))).account();
        long id = created.getId();
        long version = created.getVersion();
        systemAdmin(() -> users.update(id, version, new UserDraft(username, "第一次", Set.of(Role.LEADER), CITY)));

        ConflictException conflict = assertThrows(ConflictException.class,
                () -> systemAdmin(() -> users.update(id, version, new UserDraft(username, "第二次", Set.of(Role.VIEWER), CITY))));

        assertEquals("record.staleVersion", conflict.messageKey());
        UserAccount stored = systemAdmin(() -> users.get(id));
        assertEquals("第一次", stored.getDisplayName());
        assertEquals(Set.of(Role.LEADER), stored.getRoles());
    }

    @Test
    void theLastEnabledSystemAdminCannotBeDisabledNorDemoted() throws Exception {
        UserAccount demoAdmin = account(DEMO_ADMIN);
        assertTrue(demoAdmin.isEnabledSystemAdmin(), "the demo data has an enabled system administrator");

        // Every other enabled system administrator is disabled in a transaction that is always rolled back.
        RuleViolationException disableRefused = inRolledBackTransaction(() -> {
            disableOtherSystemAdmins(demoAdmin.getId());
            return assertThrows(RuleViolationException.class, () -> systemAdmin(() -> users.disable(demoAdmin.getId())));
        });
        RuleViolationException demoteRefused = inRolledBackTransaction(() -> {
            disableOtherSystemAdmins(demoAdmin.getId());
            UserDraft demoted = new UserDraft(DEMO_ADMIN, demoAdmin.getDisplayName(), Set.of(Role.LEADER), CITY);
            return assertThrows(RuleViolationException.class,
                    () -> systemAdmin(() -> users.update(demoAdmin.getId(), demoAdmin.getVersion(), demoted)));
        });

        assertEquals("user.lastSystemAdmin", disableRefused.messageKey());
        assertEquals("user.lastSystemAdmin", demoteRefused.messageKey());
        assertEquals("roles", demoteRefused.field());
        UserAccount after = account(DEMO_ADMIN);
        assertTrue(after.isEnabledSystemAdmin());
        assertEquals(demoAdmin.getVersion(), after.getVersion());
    }

    private void disableOtherSystemAdmins(long keptId) {
        List<UserAccount> others = systemAdmin(() -> users.list()).stream()
                .filter(account -> account.isEnabledSystemAdmin() && account.getId() != keptId).toList();
        for (UserAccount other : others) {
            systemAdmin(() -> users.disable(other.getId()));
        }
    }

    private static <T> T inRolledBackTransaction(Callable<T> work) throws Exception {
        UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
        transaction.begin();
        try {
            return work.call();
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void unlockDisableEnableAndSecondFactorReset() {
        String username = newUsername();
        TemporaryPassword created = systemAdmin(() -> users.create(draft(username, Role.COMMISSIONER_CLERK)));
        long id = created.account().getId();
        TotpSecret secret = TotpSecret.generate();
        AuthenticationService.Enrolment enrolment = authentication.enrolSecondFactor(username, secret.base32(),
                Totp.code(secret, Totp.step(BureauClock.instant())));
        assertEquals(RecoveryCodes.COUNT, enrolment.recoveryCodes().size());
        assertTrue(systemAdmin(() -> users.get(id)).hasSecondFactor());

        UserAccount reset = systemAdmin(() -> users.resetSecondFactor(id));

        assertFalse(reset.hasSecondFactor());
        assertTrue(systemAdmin(() -> users.get(id)).getRecoveryCodeHashes().isEmpty());
        assertEquals(LoginStep.CHANGE_PASSWORD,
                authentication.checkPassword(username, created.password().toCharArray()).step(),
                "a clerk without an authenticator logs in with the password again");

        systemAdmin(() -> users.disable(id));
        assertEquals(LoginStep.REFUSED, authentication.checkPassword(username, created.password().toCharArray()).step());
        systemAdmin(() -> users.enable(id));
        assertEquals(LoginStep.CHANGE_PASSWORD,
                authentication.checkPassword(username, created.password().toCharArray()).step());
    }

    @Test
    void eachAdministratorKeepsToTheirOwnDuties() {
        assertThrows(EJBAccessException.class, () -> securityAdmin(() -> users.list()));
        assertThrows(EJBAccessException.class, () -> systemAdmin(() -> tokens.list()));
        assertThrows(EJBAccessException.class, () -> systemAdmin(() -> policies.get()));
    }

    @Test
    void theOwnAccountNeedsASignedInUser() {
        EJBException refused = assertThrows(EJBException.class, () -> accounts.account());
        assertTrue(refused instanceof EJBAccessException || refused.getCause() instanceof EJBAccessException,
                refused::toString);
        assertThrows(EJBException.class, () -> systemAdmin(() -> {
            accounts.changePassword("Demo@2026", "Another#2027");
            return null;
        }));
    }

    // --- policy ------------------------------------------------------------------------------------

    @Test
    void aPolicyChangeBasedOnAnOldVersionIsAConflict() {
        PasswordPolicy before = securityAdmin(() -> policies.get());
        PolicyDraft original = PolicyDraft.of(before);
        PolicyDraft faster = new PolicyDraft(original.minLength(), original.minClasses(), original.expiryDays(),
                original.historySize(), original.maxFailures(), original.lockMinutes(), original.idleMinutes(),
                original.tokenRatePerSecond() + 1);
        PasswordPolicy changed = securityAdmin(() -> policies.revise(before.getVersion(), faster));
        try {
            assertEquals(before.getVersion() + 1, changed.getVersion());

            ConflictException conflict = assertThrows(ConflictException.class,
                    () -> securityAdmin(() -> policies.revise(before.getVersion(), original)));

            assertEquals("record.staleVersion", conflict.messageKey());
            assertEquals(faster.tokenRatePerSecond(), securityAdmin(() -> policies.get()).getTokenRatePerSecond());
        } finally {
            securityAdmin(() -> policies.revise(changed.getVersion(), original));
        }
    }

    @Test
    void aPolicyValueOutOfRangeIsRefusedAndNothingChanges() {
        PasswordPolicy before = securityAdmin(() -> policies.get());
        PolicyDraft original = PolicyDraft.of(before);
        PolicyDraft tooShort = new PolicyDraft(7, original.minClasses(), original.expiryDays(), original.historySize(),
                original.maxFailures(), original.lockMinutes(), original.idleMinutes(), original.tokenRatePerSecond());

        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> securityAdmin(() -> policies.revise(before.getVersion(), tooShort)));

        assertEquals("policy.outOfRange", refused.messageKey());
        assertEquals("minLength", refused.field());
        PasswordPolicy after = securityAdmin(() -> policies.get());
        assertEquals(before.getVersion(), after.getVersion());
        assertEquals(before.getMinLength(), after.getMinLength());
    }

    // --- tokens ------------------------------------------------------------------------------------

    @Test
    void anIssuedTokenOpensTheApiUntilItIsRevoked() {
        String name = TestData.uniqueName("测试令牌");
        ApiToken.Issued issued = securityAdmin(() -> tokens.issue(
                new TokenDraft(name, CITY, TokenScope.READ, BureauClock.today().plusDays(30))));

        assertTrue(issued.secret().startsWith("wbt_"), issued.secret());
        assertEquals(200, apiStatus(issued.secret()));
        ApiToken listed = securityAdmin(() -> tokens.list()).stream()
                .filter(token -> token.getId().equals(issued.token().getId())).findFirst().orElseThrow();
        assertEquals(name, listed.getName());
        assertEquals(ApiToken.prefixOf(issued.secret()), listed.getPrefix());
        assertTrue(listed.isUsableOn(BureauClock.now()));

        securityAdmin(() -> tokens.revoke(issued.token().getId()));

        assertEquals(401, apiStatus(issued.secret()));
    }

    @Test
    void anExpiredTokenIsRefused() throws NamingException, SQLException, InterruptedException {
        ApiToken.Issued issued = securityAdmin(() -> tokens.issue(
                new TokenDraft(TestData.uniqueName("过期令牌"), LINJIANG, TokenScope.READ_WRITE, BureauClock.today().plusDays(1))));
        assertEquals(200, apiStatus(issued.secret()));

        try (Connection connection = dataSource.getConnection();
             PreparedStatement expire = connection.prepareStatement("update api_token set expires_at = ? where id = ?")) {
            expire.setTimestamp(1, Timestamp.valueOf(BureauClock.now().minusDays(1)));
            expire.setLong(2, issued.token().getId());
            assertEquals(1, expire.executeUpdate());
        }

        // authentication holds a token in memory for workbench.security.cache-seconds (5): a row changed
        // behind the application's back (or on another server of a cluster) takes effect within them
        long deadline = System.nanoTime() + Duration.ofSeconds(8).toNanos();
        int status = apiStatus(issued.secret());
        while (status == 200 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            status = apiStatus(issued.secret());
        }
        assertEquals(401, status, "refused within the cache's seconds");
    }

    @Test
    void aTokenForATownshipIsRefused() {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> securityAdmin(() -> tokens.issue(new TokenDraft(TestData.uniqueName("乡镇令牌"),
                        TestData.TOWNSHIP_CHENGGUAN, TokenScope.READ, BureauClock.today().plusDays(30)))));

        assertEquals("token.jurisdictionLevel", refused.messageKey());
    }

    /** The status of GET /api/v1/enterprises with the token, through this very server. */
    private int apiStatus(String token) {
        HttpRequest get = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/enterprises?size=1"))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .GET().build();
        try {
            return HTTP.send(get, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The application's address on this server, which the deployment wrote down (failsafe's system
     * properties do not reach the server); the default test server when it is missing.
     */
    private static String baseUrl() {
        Properties test = new Properties();
        try (InputStream in = UserAdministrationIT.class.getClassLoader().getResourceAsStream(Deployments.TEST_PROPERTIES)) {
            if (in != null) {
                test.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return test.getProperty("baseUrl", "http://localhost:28080/workbench");
    }
}
