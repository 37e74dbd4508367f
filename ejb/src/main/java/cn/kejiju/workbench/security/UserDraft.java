package cn.kejiju.workbench.security;

import java.util.Set;

/**
 * What the system administrator enters for an account, as entered. The user name counts only when the
 * account is created; it never changes afterwards.
 */
public record UserDraft(String username, String displayName, Set<Role> roles, Long jurisdictionId) {

    public UserDraft {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public static UserDraft of(UserAccount account) {
        return new UserDraft(account.getUsername(), account.getDisplayName(), account.getRoles(),
                account.getJurisdiction().getId());
    }
}
