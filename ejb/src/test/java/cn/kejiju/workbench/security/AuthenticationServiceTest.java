package cn.kejiju.workbench.security;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.Stubs;
import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEntry;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The password step of a login: who is refused (and how that is recorded), when the account locks,
 * who must change the password or enrol a second factor first, and what a signed-in user carries.
 */
class AuthenticationServiceTest {

    private static final LocalDateTime NOW = LocalDateTime.now(Fixtures.CLOCK);

    private final Fixtures f = new Fixtures();
    private final List<AuditEvent> audited = new ArrayList<>();
    private final List<UserAccount> accounts = new ArrayList<>();
    private final AuthenticationService service = new AuthenticationService();

    AuthenticationServiceTest() {
        service.users = Stubs.of(UserAccountRepository.class, new ArrayList<>(), Map.of("findByUsername",
                args -> accounts.stream().filter(u -> u.getUsername().equals(args[0])).findFirst()));
        service.clock = Fixtures.CLOCK;
        service.cache = new AuthenticationCache() {
            @Override
            public PasswordPolicy policy(Supplier<PasswordPolicy> loader) {
                return PasswordPolicy.defaults();
            }
        };
        service.auditTrail = new AuditTrail() {
            @Override
            public AuditEntry record(AuditEvent event) {
                audited.add(event);
                return null;
            }

            @Override
            public AuditEntry recordIndependently(AuditEvent event) {
                return record(event);
            }
        };
    }

    private UserAccount account(String username, Role role, Jurisdiction where) {
        UserAccount user = Fixtures.withId(new UserAccount(username, "用户", Set.of(role), where,
                PasswordHash.hash("Initial#2026".toCharArray()), NOW));
        accounts.add(user);
        return user;
    }

    private List<AuditAction> actions() {
        return audited.stream().map(AuditEvent::action).toList();
    }

    @Test
    void theInitialPasswordLetsTheUserOnlyChangeIt() {
        account("li.ming", Role.COMMISSIONER_CLERK, f.county);

        LoginResult result = service.checkPassword(" li.ming ", "Initial#2026".toCharArray());

        assertEquals(LoginStep.CHANGE_PASSWORD, result.step());
        assertEquals(f.county.getId(), result.principal().countyId());
        assertTrue(audited.isEmpty(), "not signed in yet");
    }

    @Test
    void aUserWithAPasswordOfHerOwnIsSignedInWithHerRolesAndTheSuccessIsRecorded() {
        UserAccount user = account("li.ming", Role.COMMISSIONER_CLERK, f.county);
        user.changePassword("Chosen#2026x", PasswordPolicy.defaults(), NOW);

        LoginResult result = service.checkPassword("li.ming", "Chosen#2026x".toCharArray());

        assertEquals(LoginStep.SIGNED_IN, result.step());
        assertEquals("li.ming", result.principal().getName());
        assertEquals(WorkbenchPrincipal.Kind.USER, result.principal().kind());
        assertEquals(f.county.getId(), result.principal().countyId());
        assertEquals(Set.of(Roles.COMMISSIONER_CLERK), result.groups());
        assertEquals(List.of(AuditAction.LOGIN_SUCCESS), actions());
    }

    @Test
    void aCityUserIsConfinedToNoCounty() {
        UserAccount user = account("chen", Role.LEADER, f.city);

        assertNull(AuthenticationService.principalOf(user).countyId());
        assertEquals(f.city.getCode(), AuthenticationService.principalOf(user).jurisdictionCode());
    }

    @Test
    void anUnknownNameIsRefusedAndRecordedAsTypedWithoutControlCharacters() {
        LoginResult result = service.checkPassword("intruder\u0007\n", "x".toCharArray());

        assertEquals(LoginResult.refused(), result);
        assertEquals(List.of(AuditAction.LOGIN_FAILURE), actions());
        assertEquals("intruder", audited.get(0).actor());
        assertEquals("unknown user", audited.get(0).detail());
        assertNull(audited.get(0).recordId());
    }

    @Test
    void wrongPasswordsLockTheAccountAtThePolicysLimitAndThenEvenTheRightOneIsRefused() {
        account("li.ming", Role.COMMISSIONER_CLERK, f.county);
        int limit = PasswordPolicy.defaults().getMaxFailures();

        for (int i = 0; i < limit; i++) {
            assertEquals(LoginStep.REFUSED, service.checkPassword("li.ming", "wrong".toCharArray()).step());
        }
        LoginResult locked = service.checkPassword("li.ming", "Initial#2026".toCharArray());

        assertEquals(LoginStep.REFUSED, locked.step());
        assertTrue(service.isLocked("li.ming"));
        assertEquals(1, actions().stream().filter(AuditAction.LOCKOUT::equals).count());
        assertEquals("locked", audited.get(audited.size() - 1).detail());
    }

    @Test
    void anAdministratorMustEnrolASecondFactorBeforeBeingSignedIn() {
        account("admin", Role.SYSTEM_ADMIN, f.city);

        LoginResult result = service.checkPassword("admin", "Initial#2026".toCharArray());

        assertEquals(LoginStep.ENROL_SECOND_FACTOR, result.step());
        assertNull(result.principal());
        assertTrue(result.groups().isEmpty());
        assertTrue(audited.isEmpty());
    }

    @Test
    void noNameAtAllIsRecordedAsAnonymous() {
        service.checkPassword(null, "x".toCharArray());

        assertEquals(AuditEvent.ANONYMOUS, audited.get(0).actor());
        assertNull(audited.get(0).recordType());
    }
}
