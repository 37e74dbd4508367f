package cn.kejiju.workbench.security;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.audit.RecordDiffer;
import cn.kejiju.workbench.platform.Persistence;
import cn.kejiju.workbench.shared.ConflictException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

/**
 * The security administrator's use cases on the password, lockout, session and token-rate policy. A
 * new policy applies from the next check on: the next login, password change or API request; the idle
 * timeout from the next login.
 */
@Stateless
@RolesAllowed(Roles.SECURITY_ADMIN)
public class SecurityPolicyService {

    private static final String RECORD = "PasswordPolicy";

    @Inject
    PasswordPolicyRepository policies;

    @Inject
    Persistence persistence;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CountyGuard guard;

    @Inject
    AuthenticationCache authentication;

    public PasswordPolicy get() {
        return policies.get();
    }

    /** Replaces the policy, based on the version the security administrator started from. */
    public PasswordPolicy revise(@NotNull Long expectedVersion, @NotNull PolicyDraft draft) {
        guard.requireCityLevel(RECORD, PasswordPolicy.SINGLETON_ID, null);
        PasswordPolicy policy = policies.get();
        persistence.checkVersion(RECORD, PasswordPolicy.SINGLETON_ID, expectedVersion, policy.getVersion());
        PolicyDraft before = PolicyDraft.of(policy);
        policy.revise(draft.minLength(), draft.minClasses(), draft.expiryDays(), draft.historySize(),
                draft.maxFailures(), draft.lockMinutes(), draft.idleMinutes(), draft.tokenRatePerSecond());
        persistence.flush(RECORD, PasswordPolicy.SINGLETON_ID,
                () -> ConflictException.staleVersion(RECORD, PasswordPolicy.SINGLETON_ID));
        authentication.forgetPolicy();
        auditTrail.record(AuditEvent.of(AuditAction.SETTINGS_CHANGED).record(RECORD, PasswordPolicy.SINGLETON_ID)
                .changes(RecordDiffer.diff(before, PolicyDraft.of(policy))).build());
        return policy;
    }
}
