package cn.kejiju.workbench.security;

import java.util.stream.Collectors;

/** What the audit trail compares of an account before and after a change (never its secrets). */
public record UserSnapshot(String username, String displayName, String roles, String jurisdiction, boolean enabled,
                    boolean secondFactor) {

    static UserSnapshot of(UserAccount account) {
        return new UserSnapshot(account.getUsername(), account.getDisplayName(),
                account.getRoles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                account.getJurisdiction().getCode(), account.isEnabled(), account.hasSecondFactor());
    }
}
