package cn.kejiju.workbench.security;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What every signed-in user does with the own account (account settings): change the password, enrol
 * an authenticator voluntarily, renew the recovery codes. It acts only on the caller's account, found
 * by the signed-in user's name; without a signed-in user (an integrator token, a timer) it refuses.
 * A wrong current password or code counts towards the lockout, as at a login.
 */
@Stateless
@PermitAll
public class AccountService {

    @Inject
    UserAccountRepository users;

    @Inject
    PasswordPolicyRepository policies;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    AuditTrail auditTrail;

    /** The caller's own account. */
    public UserAccount account() {
        return own();
    }

    /** The password policy a new password must meet, to explain it on the page. */
    public PasswordPolicy policy() {
        return policies.current();
    }

    public void changePassword(String currentPassword, String newPassword) {
        UserAccount account = own();
        account.changeOwnPassword(currentPassword, newPassword, policies.current(), LocalDateTime.now(clock));
        auditTrail.record(AuditEvent.of(AuditAction.PASSWORD_CHANGED).record("UserAccount", account.getId())
                .jurisdiction(account.getJurisdiction()).build());
    }

    /**
     * Enrols the authenticator app the user set up with the given secret, confirmed by a first code
     * from it; from the next login on the user logs in with two factors.
     *
     * @return the recovery codes, which exist in plain text only now
     */
    public List<String> enrolSecondFactor(String secretBase32, String code) {
        TotpSecret secret = TotpSecret.fromBase32(secretBase32);
        UserAccount account = own();
        List<String> codes = account.enrolSecondFactor(secret, code, policies.current(), clock).codes();
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE).record("UserAccount", account.getId())
                .jurisdiction(account.getJurisdiction()).detail("second factor enrolled").build());
        return codes;
    }

    /**
     * New recovery codes for the enrolled authenticator, on a current code from it; the old ones stop
     * working.
     *
     * @return the recovery codes, which exist in plain text only now
     */
    public List<String> renewRecoveryCodes(String code) {
        return own().renewRecoveryCodes(code, policies.current(), clock).codes();
    }

    private UserAccount own() {
        WorkbenchPrincipal principal = caller.principal()
                .filter(p -> p.kind() == WorkbenchPrincipal.Kind.USER)
                .orElseThrow(() -> new EJBAccessException("Account settings need a signed-in user"));
        return users.findByUsername(principal.getName())
                .filter(UserAccount::isEnabled)
                .orElseThrow(() -> new EJBAccessException("The signed-in user's account is gone or disabled"));
    }
}
