package cn.kejiju.workbench.security;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The steps of a login and the check of an integrator token. Only the web tier's authentication
 * mechanism and login pages call it; they keep which steps a pending login has passed.
 */
@Stateless
@PermitAll
public class AuthenticationService {

    private static final PasswordCheck PASSWORD_CHECK = new PasswordCheck();

    @Inject
    UserAccountRepository users;

    @Inject
    ApiTokenRepository tokens;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    AuthenticationCache cache;

    /** The security policy in force (from memory on a warm path; see {@link AuthenticationCache}). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PasswordPolicy policy() {
        return cache.policy(() -> {
            PasswordPolicy policy = em.find(PasswordPolicy.class, PasswordPolicy.SINGLETON_ID);
            return policy == null ? PasswordPolicy.defaults() : policy;
        });
    }

    /**
     * First step: user name and password. Failures count towards the lockout. Every refusal costs one
     * password hash, as a success does ({@link PasswordCheck}).
     */
    public LoginResult checkPassword(String username, char[] password) {
        LocalDateTime now = LocalDateTime.now(clock);
        UserAccount user = username == null ? null : users.findByUsername(username.strip()).orElse(null);
        switch (PASSWORD_CHECK.check(user, password, now)) {
            case UNKNOWN:
                return refused(username, "unknown user", null);
            case DISABLED:
                return refused(username, "disabled", null);
            case LOCKED:
                return refused(user.getUsername(), "locked", user);
            case WRONG:
                return failed(user, "wrong password", now);
            default:
                break;
        }
        if (user.requiresSecondFactor()) {
            return new LoginResult(user.hasSecondFactor() ? LoginStep.SECOND_FACTOR : LoginStep.ENROL_SECOND_FACTOR,
                    null, Set.of());
        }
        user.recordSuccess();
        return afterFactors(user, now);
    }

    /**
     * Second step for a user with an authenticator: a one-time password of the current 30-second
     * step (or one either side), never one already used, or else one of the unused recovery codes.
     * Failures count towards the same lockout as passwords.
     */
    public LoginResult checkSecondFactor(String username, String code) {
        LocalDateTime now = LocalDateTime.now(clock);
        UserAccount user = users.findByUsername(username).orElse(null);
        if (user == null || !user.isEnabled() || user.isLocked(now) || !user.hasSecondFactor()) {
            return refused(username, "second factor not possible", user);
        }
        String entered = code == null ? "" : code.replace(" ", "").strip();
        OptionalLong step = entered.length() == Totp.DIGITS
                ? Totp.verify(TotpSecret.fromBase32(user.getTotpSecret()), entered, clock.instant(), user.getTotpLastStep())
                : OptionalLong.empty();
        if (step.isPresent()) {
            user.acceptedTotpStep(step.getAsLong());
        } else {
            OptionalInt recovery = RecoveryCodes.match(entered, user.getRecoveryCodeHashes());
            if (recovery.isEmpty()) {
                return failed(user, "wrong one-time password", now);
            }
            user.useRecoveryCode(recovery.getAsInt());
        }
        user.recordSuccess();
        return afterFactors(user, now);
    }

    /**
     * Enrols the authenticator of a user who passed the password step: the secret the user's app
     * now holds, confirmed by a first code from it. Returns the recovery codes to show once.
     */
    public Enrolment enrolSecondFactor(String username, String secretBase32, String code) {
        LocalDateTime now = LocalDateTime.now(clock);
        UserAccount user = users.findByUsername(username).orElse(null);
        if (user == null || !user.isEnabled() || user.isLocked(now) || user.hasSecondFactor()) {
            return new Enrolment(refused(username, "enrolment not possible", user), List.of());
        }
        TotpSecret secret = TotpSecret.fromBase32(secretBase32);
        String entered = code == null ? "" : code.replace(" ", "").strip();
        OptionalLong step = Totp.verify(secret, entered, clock.instant(), Totp.NO_STEP_USED);
        if (step.isEmpty()) {
            return new Enrolment(failed(user, "wrong first one-time password", now), List.of());
        }
        RecoveryCodes recoveryCodes = RecoveryCodes.generate();
        user.enrolSecondFactor(secret.base32(), step.getAsLong(), recoveryCodes.hashes());
        user.recordSuccess();
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE).actor(user.getUsername()).record("UserAccount", user.getId())
                .jurisdiction(user.getJurisdiction()).detail("second factor enrolled").build());
        return new Enrolment(afterFactors(user, now), recoveryCodes.codes());
    }

    /** The outcome of an enrolment and the recovery codes, which exist in plain text only now. */
    public record Enrolment(LoginResult result, List<String> recoveryCodes) {
    }

    /** The last step for a user whose factors are all checked: a password change, or signed in. */
    LoginResult afterFactors(UserAccount user, LocalDateTime now) {
        WorkbenchPrincipal principal = principalOf(user);
        Set<String> groups = user.getRoles().stream().map(Role::name).collect(Collectors.toSet());
        LoginStep step = user.needsNewPassword(policy(), now) ? LoginStep.CHANGE_PASSWORD : LoginStep.SIGNED_IN;
        if (step == LoginStep.SIGNED_IN) {
            auditTrail.record(AuditEvent.of(AuditAction.LOGIN_SUCCESS).actor(user.getUsername())
                    .record("UserAccount", user.getId()).jurisdiction(user.getJurisdiction()).build());
        }
        return new LoginResult(step, principal, groups);
    }

    /** A wrong password or code: counts towards the lockout, and a lockout is an event of its own. */
    private LoginResult failed(UserAccount user, String reason, LocalDateTime now) {
        boolean locked = user.recordFailure(policy(), now);
        LoginResult result = refused(user.getUsername(), reason, user);
        if (locked) {
            auditTrail.record(AuditEvent.of(AuditAction.LOCKOUT).actor(user.getUsername())
                    .record("UserAccount", user.getId()).jurisdiction(user.getJurisdiction())
                    .detail("locked for " + policy().getLockMinutes() + " minutes").build());
        }
        return result;
    }

    private LoginResult refused(String attemptedName, String reason, UserAccount user) {
        AuditEvent.Builder event = AuditEvent.of(AuditAction.LOGIN_FAILURE).actor(printable(attemptedName)).detail(reason);
        if (user != null) {
            event.record("UserAccount", user.getId()).jurisdiction(user.getJurisdiction());
        }
        auditTrail.record(event.build());
        return LoginResult.refused();
    }

    /** A user name as typed, shortened and stripped of control characters before it is recorded. */
    private static String printable(String typed) {
        String text = typed == null ? "" : typed.strip().replaceAll("\\p{Cntrl}", "");
        return text.isEmpty() ? AuditEvent.ANONYMOUS : text.substring(0, Math.min(text.length(), UserAccount.USERNAME_MAX));
    }

    /**
     * A token presented but refused (unknown, expired or revoked), recorded whatever happens next. The web
     * tier records the first refusal per client address and interval, with the count of the refusals of
     * that address it did not record in the interval before.
     */
    public void tokenRejected(String presented, String reason, String address, long earlierUnrecorded) {
        String prefix = ApiToken.prefixOf(presented);
        String detail = reason + " from " + printable(address)
                + (earlierUnrecorded > 0 ? "; " + earlierUnrecorded + " more refused from there in the interval before" : "");
        auditTrail.recordIndependently(AuditEvent.of(AuditAction.TOKEN_REJECTED)
                .actor(prefix == null ? AuditEvent.ANONYMOUS : "token:" + printable(prefix) + "…").detail(detail).build());
    }

    /** A request the web tier turned away for want of a role (an API write without a write token). */
    public void accessDenied(String actor, String what) {
        auditTrail.recordIndependently(AuditEvent.of(AuditAction.ACCESS_DENIED)
                .actor(actor == null ? AuditEvent.ANONYMOUS : actor).detail(what).build());
    }

    /** A user signed out. */
    public void loggedOut(String username) {
        auditTrail.record(AuditEvent.of(AuditAction.LOGOUT).actor(username).build());
    }

    /** A user who passed every factor changes the password the policy demands be changed. */
    public LoginResult changePassword(String username, String newPassword) {
        LocalDateTime now = LocalDateTime.now(clock);
        UserAccount user = users.findByUsername(username).orElseThrow();
        user.changePassword(newPassword, policy(), now);
        auditTrail.record(AuditEvent.of(AuditAction.PASSWORD_CHANGED).actor(user.getUsername())
                .record("UserAccount", user.getId()).jurisdiction(user.getJurisdiction()).build());
        return afterFactors(user, now);
    }

    /** Whether a user account is currently locked (for the lock message after the last failure). */
    public boolean isLocked(String username) {
        return users.findByUsername(username).map(u -> u.isLocked(LocalDateTime.now(clock))).orElse(false);
    }

    /** The identity of a presented API token, if it is one of ours, not expired and not revoked. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<TokenIdentity> checkToken(String presented) {
        String prefix = ApiToken.prefixOf(presented);
        if (prefix == null) {
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return cache.token(prefix, p -> tokens.findByPrefix(p)
                        .map(token -> new AuthenticationCache.CachedToken(token, tokenPrincipal(token), tokenGroups(token))))
                .filter(cached -> cached.token().matches(presented))
                .map(cached -> new TokenIdentity(cached.token().getId(), cached.token().isUsableOn(now),
                        cached.principal(), cached.groups()));
    }

    /** A token found by its secret: usable or not (expired, revoked), with what the container needs. */
    public record TokenIdentity(long tokenId, boolean usable, WorkbenchPrincipal principal, Set<String> groups) {
    }

    static WorkbenchPrincipal principalOf(UserAccount user) {
        Jurisdiction where = user.getJurisdiction();
        return new WorkbenchPrincipal(user.getUsername(), WorkbenchPrincipal.Kind.USER, where.getId(), where.getCode(),
                countyOf(where));
    }

    private static WorkbenchPrincipal tokenPrincipal(ApiToken token) {
        Jurisdiction where = token.getJurisdiction();
        return new WorkbenchPrincipal("token:" + token.getName(), WorkbenchPrincipal.Kind.TOKEN, where.getId(),
                where.getCode(), countyOf(where));
    }

    private static Set<String> tokenGroups(ApiToken token) {
        return token.getScope() == TokenScope.READ_WRITE
                ? Set.of(Roles.INTEGRATOR, Roles.API_READ, Roles.API_WRITE)
                : Set.of(Roles.INTEGRATOR, Roles.API_READ);
    }

    private static Long countyOf(Jurisdiction where) {
        return where.getLevel() == JurisdictionLevel.CITY ? null : where.county().getId();
    }
}
