package cn.kejiju.workbench.security;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionRepository;
import cn.kejiju.workbench.platform.Persistence;
import cn.kejiju.workbench.shared.ConflictException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The system administrator's use cases on user accounts: create with a temporary password, change
 * name, roles and jurisdiction, reset the password or the second factor, unlock, disable and enable.
 * The account itself holds the rules (separation of duties, user name format, the last system
 * administrator); this service counts what they need to know.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM_ADMIN)
public class UserService {

    @Inject
    UserAccountRepository users;

    @Inject
    JurisdictionRepository jurisdictions;

    @Inject
    PasswordPolicyRepository policies;

    @Inject
    Persistence persistence;

    @Inject
    Clock clock;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CountyGuard guard;

    public List<UserAccount> list() {
        return users.list();
    }

    public UserAccount get(long id) {
        return users.get(id);
    }

    /** The bureau's current time, against which locks are read. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /**
     * Creates an account with a random temporary password that meets the policy; the user must change
     * it at the first login. A user name in use already is a conflict.
     */
    public TemporaryPassword create(@NotNull UserDraft draft) {
        String username = draft.username() == null ? null : draft.username().strip();
        refuseTaken(username);
        Jurisdiction where = jurisdiction(draft.jurisdictionId());
        guard.requireWithin("UserAccount", null, where == null ? null : where.county(), "jurisdictionId");
        String password = policies.current().generatePassword();
        UserAccount account = new UserAccount(username, draft.displayName(), draft.roles(),
                where, PasswordHash.hash(password.toCharArray()), now());
        users.add(account);
        persistence.flush("UserAccount", null, () -> taken(username));
        auditTrail.record(AuditEvent.created("UserAccount", account.getId(), UserSnapshot.of(account))
                .jurisdiction(account.getJurisdiction()).build());
        return new TemporaryPassword(account, password);
    }

    /**
     * Changes display name, roles and jurisdiction of the account, based on the version the administrator
     * started from; the user name stays.
     */
    public UserAccount update(long id, @NotNull Long expectedVersion, @NotNull UserDraft draft) {
        UserAccount account = changeable(id);
        persistence.checkVersion("UserAccount", id, expectedVersion, account.getVersion());
        Jurisdiction where = jurisdiction(draft.jurisdictionId());
        guard.requireWithin("UserAccount", id, where == null ? null : where.county(), "jurisdictionId");
        UserSnapshot before = UserSnapshot.of(account);
        account.revise(draft.displayName(), draft.roles(), where, enabledSystemAdmins());
        persistence.flush("UserAccount", id, () -> ConflictException.staleVersion("UserAccount", id));
        return audited(account, before, null);
    }

    /** A new temporary password, to be changed at the next login; a locked account is unlocked. */
    public TemporaryPassword resetPassword(long id) {
        UserAccount account = changeable(id);
        String password = policies.current().generatePassword();
        account.resetPassword(PasswordHash.hash(password.toCharArray()), now());
        auditTrail.record(AuditEvent.of(AuditAction.PASSWORD_CHANGED).record("UserAccount", id)
                .jurisdiction(account.getJurisdiction()).detail("reset by an administrator").build());
        return new TemporaryPassword(account, password);
    }

    public UserAccount unlock(long id) {
        UserAccount account = changeable(id);
        account.unlock();
        return audited(account, UserSnapshot.of(account), "unlocked");
    }

    /** Disables the account; the last enabled system administrator stays. */
    public UserAccount disable(long id) {
        UserAccount account = changeable(id);
        UserSnapshot before = UserSnapshot.of(account);
        account.disable(enabledSystemAdmins());
        return audited(account, before, null);
    }

    public UserAccount enable(long id) {
        UserAccount account = changeable(id);
        UserSnapshot before = UserSnapshot.of(account);
        account.enable();
        return audited(account, before, null);
    }

    /** Forgets the authenticator and the recovery codes (a lost phone): the user enrols again. */
    public UserAccount resetSecondFactor(long id) {
        UserAccount account = changeable(id);
        UserSnapshot before = UserSnapshot.of(account);
        account.resetSecondFactor();
        return audited(account, before, "second factor reset");
    }

    private UserAccount audited(UserAccount account, UserSnapshot before, String detail) {
        AuditEvent.Builder event = AuditEvent.updated("UserAccount", account.getId(), before, UserSnapshot.of(account))
                .jurisdiction(account.getJurisdiction());
        if (detail != null) {
            event.detail(detail);
        }
        auditTrail.record(event.build());
        return account;
    }

    private long enabledSystemAdmins() {
        return users.countEnabledWithRole(Role.SYSTEM_ADMIN);
    }

    /** An account the caller may change: a county-scoped administrator only those of the own county. */
    private UserAccount changeable(long id) {
        UserAccount account = users.get(id);
        guard.requireWithin("UserAccount", id, account.getJurisdiction().county(), null);
        return account;
    }

    /** The city or county the account belongs to; an unknown one is refused as the account refuses a township. */
    private Jurisdiction jurisdiction(Long id) {
        return id == null ? null : jurisdictions.find(id).orElse(null);
    }

    private void refuseTaken(String username) {
        if (username != null && users.findByUsername(username).isPresent()) {
            throw taken(username);
        }
    }

    private static ConflictException taken(String username) {
        return new ConflictException("user.duplicateUsername", "username", username);
    }
}
