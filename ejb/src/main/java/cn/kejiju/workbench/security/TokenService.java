package cn.kejiju.workbench.security;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.audit.RecordDiffer;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * The security administrator's use cases on integrator tokens: issue one (its secret is shown once and
 * only its hash is kept) and revoke it.
 */
@Stateless
@RolesAllowed(Roles.SECURITY_ADMIN)
public class TokenService {

    /** A token is valid up to the last second of its expiry day. */
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    @Inject
    ApiTokenRepository tokens;

    @Inject
    JurisdictionRepository jurisdictions;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CountyGuard guard;

    @Inject
    AuthenticationCache authentication;

    /** Every token, newest first, revoked and expired ones included. */
    public List<ApiToken> list() {
        return tokens.list();
    }

    /** The bureau's current time, against which expiry is read. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** Issues a token in the caller's name; the secret in the answer is the only time anybody sees it. */
    public ApiToken.Issued issue(@NotNull TokenDraft draft) {
        Jurisdiction where = draft.jurisdictionId() == null ? null : jurisdictions.find(draft.jurisdictionId()).orElse(null);
        guard.requireWithin("ApiToken", null, where == null ? null : where.county(), "jurisdictionId");
        ApiToken.Issued issued = ApiToken.issue(
                draft.name(),
                where,
                draft.scope(),
                draft.expiresOn() == null ? null : draft.expiresOn().atTime(END_OF_DAY),
                caller.name(),
                now());
        tokens.add(issued.token());
        auditTrail.record(AuditEvent.of(AuditAction.TOKEN_CREATED).record("ApiToken", issued.token().getPrefix())
                .jurisdiction(issued.token().getJurisdiction())
                .changes(RecordDiffer.diff(null, TokenSnapshot.of(issued.token()))).build());
        return issued;
    }

    /** Revokes the token at once: the next request with it is refused. Revoking again changes nothing. */
    public ApiToken revoke(long id) {
        ApiToken token = tokens.get(id);
        guard.requireWithin("ApiToken", id, token.getJurisdiction().county(), null);
        boolean wasRevoked = token.getRevokedAt() != null;
        token.revoke(now());
        authentication.forgetToken(token.getPrefix());
        if (!wasRevoked) {
            auditTrail.record(AuditEvent.of(AuditAction.TOKEN_REVOKED).record("ApiToken", token.getPrefix())
                    .jurisdiction(token.getJurisdiction()).detail(token.getName()).build());
        }
        return token;
    }
}
