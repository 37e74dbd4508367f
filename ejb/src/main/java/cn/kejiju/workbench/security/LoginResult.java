package cn.kejiju.workbench.security;

import java.util.Set;

/** The outcome of a login step; the principal and groups only when the step let the user further. */
public record LoginResult(LoginStep step, WorkbenchPrincipal principal, Set<String> groups) {

    static LoginResult refused() {
        return new LoginResult(LoginStep.REFUSED, null, Set.of());
    }
}
