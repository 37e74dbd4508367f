package cn.kejiju.workbench.security;

/** What the audit trail records of an integrator token (its prefix, never the secret or its hash). */
public record TokenSnapshot(String name, String prefix, String jurisdiction, String scope, String expiresAt, String revokedAt) {

    static TokenSnapshot of(ApiToken token) {
        return new TokenSnapshot(token.getName(), token.getPrefix(), token.getJurisdiction().getCode(),
                token.getScope().name(), String.valueOf(token.getExpiresAt()),
                token.getRevokedAt() == null ? null : String.valueOf(token.getRevokedAt()));
    }
}
