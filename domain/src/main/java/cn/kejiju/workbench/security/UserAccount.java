package cn.kejiju.workbench.security;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who logs in to the pages. Belongs to a jurisdiction (a county user sees that county, a city
 * user all counties) and holds roles. Keeps what the login rules need: failed attempts and the lock,
 * when the password changed and the last hashes (no reuse), whether a change is due, the TOTP secret
 * and its last used step (no replay) and the hashes of unused recovery codes.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.byUsername", query = "select u from UserAccount u where u.username = :username")
@NamedQuery(name = "UserAccount.all", query = "select u from UserAccount u order by u.username")
@NamedQuery(name = "UserAccount.countWithRole", query = "select count(u) from UserAccount u join u.roles r where r = :role")
@NamedQuery(name = "UserAccount.countEnabledWithRole",
        query = "select count(u) from UserAccount u join u.roles r where r = :role and u.enabled = true")
public class UserAccount {

    public static final int USERNAME_MAX = 50;
    public static final int DISPLAY_NAME_MAX = 50;
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,49}");

    @Id
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = USERNAME_MAX)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "jurisdiction_id", nullable = false)
    private Jurisdiction jurisdiction;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @Column(name = "password_changed_at", nullable = false)
    private LocalDateTime passwordChangedAt;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "password_history", joinColumns = @JoinColumn(name = "user_id"))
    @OrderColumn(name = "position")
    @Column(name = "password_hash", nullable = false, length = 200)
    private List<String> previousHashes = new ArrayList<>();

    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    @Column(name = "totp_last_step", nullable = false)
    private long totpLastStep;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "recovery_code", joinColumns = @JoinColumn(name = "user_id"))
    @OrderColumn(name = "position")
    @Column(name = "code_hash", nullable = false, length = 64)
    private List<String> recoveryCodeHashes = new ArrayList<>();

    protected UserAccount() {
        // for JPA
    }

    /** A new account with an initial password that must be changed at first login. */
    public UserAccount(String username, String displayName, Set<Role> roles, Jurisdiction jurisdiction,
                       String initialPasswordHash, LocalDateTime now) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new RuleViolationException("user.usernameFormat", "username");
        }
        this.username = username;
        this.passwordHash = initialPasswordHash;
        this.passwordChangedAt = now;
        this.mustChangePassword = true;
        this.enabled = true;
        update(displayName, roles, jurisdiction);
    }

    /** Changes name, roles and jurisdiction. Integrators use tokens, not accounts. */
    public final void update(String newDisplayName, Set<Role> newRoles, Jurisdiction newJurisdiction) {
        if (newDisplayName == null || newDisplayName.isBlank()) {
            throw new RuleViolationException("field.required", "displayName");
        }
        if (newDisplayName.strip().length() > DISPLAY_NAME_MAX) {
            throw new RuleViolationException("field.tooLong", "displayName", DISPLAY_NAME_MAX);
        }
        if (newRoles == null || newRoles.isEmpty()) {
            throw new RuleViolationException("user.rolesRequired", "roles");
        }
        if (newRoles.contains(Role.INTEGRATOR)) {
            throw new RuleViolationException("user.integratorIsToken", "roles");
        }
        long administrative = newRoles.stream().filter(Role::isAdministrative).count();
        if (administrative > 1 || administrative == 1 && newRoles.size() > 1) {
            throw new RuleViolationException("user.separationOfDuties", "roles");
        }
        if (newJurisdiction == null || newJurisdiction.getLevel().ordinal() > JurisdictionLevel.COUNTY.ordinal()) {
            throw new RuleViolationException("user.jurisdictionLevel", "jurisdictionId");
        }
        this.displayName = newDisplayName.strip();
        this.roles = EnumSet.copyOf(newRoles);
        this.jurisdiction = newJurisdiction;
    }

    /**
     * Changes name, roles and jurisdiction as an administrator does, keeping at least one enabled system
     * administrator: without one nobody could manage users any more.
     *
     * @param enabledSystemAdmins how many enabled system administrators there are now, this one included
     */
    public void revise(String newDisplayName, Set<Role> newRoles, Jurisdiction newJurisdiction, long enabledSystemAdmins) {
        if (newRoles != null && !newRoles.contains(Role.SYSTEM_ADMIN)) {
            requireAnotherSystemAdmin(enabledSystemAdmins, "roles");
        }
        update(newDisplayName, newRoles, newJurisdiction);
    }

    /** Whether this is an enabled account with the system administrator's role. */
    public boolean isEnabledSystemAdmin() {
        return enabled && roles.contains(Role.SYSTEM_ADMIN);
    }

    private void requireAnotherSystemAdmin(long enabledSystemAdmins, String field) {
        if (isEnabledSystemAdmin() && enabledSystemAdmins <= 1) {
            throw new RuleViolationException("user.lastSystemAdmin", field);
        }
    }

    public boolean isLocked(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a wrong password; the configured number of failures locks the account for a while. Returns true when this failure locked it. */
    public boolean recordFailure(PasswordPolicy policy, LocalDateTime now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            lockedUntil = null;
            failedAttempts = 0;
        }
        failedAttempts++;
        if (failedAttempts >= policy.getMaxFailures()) {
            lockedUntil = now.plusMinutes(policy.getLockMinutes());
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    public void recordSuccess() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void unlock() {
        recordSuccess();
    }

    /** Whether the user must set a new password before going on (first login, reset, or expired). */
    public boolean needsNewPassword(PasswordPolicy policy, LocalDateTime now) {
        return mustChangePassword || policy.isExpired(passwordChangedAt, now);
    }

    /**
     * Sets a new password chosen by the user: it must meet the policy and differ from the current one
     * and the last {@code historySize} ones.
     */
    public void changePassword(String newPassword, PasswordPolicy policy, LocalDateTime now) {
        policy.checkStrength(newPassword);
        char[] candidate = newPassword.toCharArray();
        List<String> recent = new ArrayList<>();
        recent.add(passwordHash);
        recent.addAll(previousHashes);
        for (String old : recent.subList(0, Math.min(recent.size(), policy.getHistorySize()))) {
            if (PasswordHash.matches(candidate, old)) {
                throw new RuleViolationException("password.reused", "newPassword", policy.getHistorySize());
            }
        }
        previousHashes.add(0, passwordHash);
        while (previousHashes.size() > policy.getHistorySize()) {
            previousHashes.remove(previousHashes.size() - 1);
        }
        passwordHash = PasswordHash.hash(candidate);
        passwordChangedAt = now;
        mustChangePassword = false;
    }

    /** An administrator's reset: a temporary password to be changed at the next login; unlocks. */
    public void resetPassword(String temporaryHash, LocalDateTime now) {
        previousHashes.add(0, passwordHash);
        while (previousHashes.size() > PasswordPolicy.MAX_HISTORY_SIZE) {
            previousHashes.remove(previousHashes.size() - 1);
        }
        passwordHash = temporaryHash;
        passwordChangedAt = now;
        mustChangePassword = true;
        unlock();
    }

    /**
     * The user's own change of password (account settings): the current password proves it is the user
     * and not somebody at an unattended session. A wrong one counts towards the lockout like a failed login.
     */
    public void changeOwnPassword(String currentPassword, String newPassword, PasswordPolicy policy, LocalDateTime now) {
        refuseWhileLocked(now);
        if (currentPassword == null || !PasswordHash.matches(currentPassword.toCharArray(), passwordHash)) {
            recordFailure(policy, now);
            throw new CredentialRefusedException("password.currentWrong", "currentPassword");
        }
        changePassword(newPassword, policy, now);
    }

    /** Whether this account must log in with a second factor. */
    public boolean requiresSecondFactor() {
        return roles.stream().anyMatch(Role::isAdministrative) || totpSecret != null;
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    /** Enrols an authenticator (secret confirmed by a first valid code) and its recovery codes. */
    public void enrolSecondFactor(String secretBase32, long confirmedStep, List<String> recoveryHashes) {
        this.totpSecret = secretBase32;
        this.totpLastStep = confirmedStep;
        this.recoveryCodeHashes = new ArrayList<>(recoveryHashes);
    }

    /**
     * Enrols an authenticator the user chose to use (account settings): the secret the app now holds,
     * confirmed by a first code from it. From then on the user logs in with two factors. A wrong code
     * counts towards the lockout.
     *
     * @return the recovery codes, to show once
     */
    public RecoveryCodes enrolSecondFactor(TotpSecret secret, String code, PasswordPolicy policy, Clock clock) {
        LocalDateTime now = LocalDateTime.now(clock);
        refuseWhileLocked(now);
        if (hasSecondFactor()) {
            throw new RuleViolationException("account.secondFactorEnrolled", null);
        }
        OptionalLong step = Totp.verify(secret, normalised(code), clock.instant(), Totp.NO_STEP_USED);
        if (step.isEmpty()) {
            recordFailure(policy, now);
            throw new CredentialRefusedException("account.codeRefused", "code");
        }
        RecoveryCodes codes = RecoveryCodes.generate();
        enrolSecondFactor(secret.base32(), step.getAsLong(), codes.hashes());
        return codes;
    }

    /**
     * Replaces the recovery codes (all used up, or written down somewhere unsafe) by new ones, on a
     * current one-time password of the enrolled authenticator; the code is used up as at a login.
     *
     * @return the new recovery codes, to show once; the old ones no longer work
     */
    public RecoveryCodes renewRecoveryCodes(String code, PasswordPolicy policy, Clock clock) {
        LocalDateTime now = LocalDateTime.now(clock);
        refuseWhileLocked(now);
        if (!hasSecondFactor()) {
            throw new RuleViolationException("account.noSecondFactor", null);
        }
        OptionalLong step = Totp.verify(TotpSecret.fromBase32(totpSecret), normalised(code), clock.instant(), totpLastStep);
        if (step.isEmpty()) {
            recordFailure(policy, now);
            throw new CredentialRefusedException("account.codeRefused", "code");
        }
        acceptedTotpStep(step.getAsLong());
        RecoveryCodes codes = RecoveryCodes.generate();
        recoveryCodeHashes = new ArrayList<>(codes.hashes());
        return codes;
    }

    /**
     * An administrator's reset of the second factor (a lost phone): the secret and the recovery codes
     * are gone. An administrator must enrol again at the next login; anybody else logs in with the
     * password alone until enrolling again in the account settings.
     */
    public void resetSecondFactor() {
        totpSecret = null;
        totpLastStep = 0;
        recoveryCodeHashes.clear();
    }

    private void refuseWhileLocked(LocalDateTime now) {
        if (isLocked(now)) {
            throw new RuleViolationException("account.locked", null);
        }
    }

    private static String normalised(String code) {
        return code == null ? "" : code.replace(" ", "").strip();
    }

    /** Remembers the step of an accepted one-time password so that it cannot be used again. */
    public void acceptedTotpStep(long step) {
        if (step <= totpLastStep) {
            throw new IllegalStateException("one-time password step already used");
        }
        totpLastStep = step;
    }

    /** Uses up the recovery code at that position. */
    public void useRecoveryCode(int index) {
        recoveryCodeHashes.remove(index);
    }

    /**
     * Disables the account: it can no longer log in. The last enabled system administrator stays enabled.
     *
     * @param enabledSystemAdmins how many enabled system administrators there are now, this one included
     */
    public void disable(long enabledSystemAdmins) {
        requireAnotherSystemAdmin(enabledSystemAdmins, null);
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Jurisdiction getJurisdiction() {
        return jurisdiction;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    /** Whether the password is a temporary one (new account, reset) to be changed at the next login. */
    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public LocalDateTime getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public long getTotpLastStep() {
        return totpLastStep;
    }

    public List<String> getRecoveryCodeHashes() {
        return List.copyOf(recoveryCodeHashes);
    }
}
