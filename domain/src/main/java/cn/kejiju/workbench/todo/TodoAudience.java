package cn.kejiju.workbench.todo;

import java.util.Collection;
import java.util.List;

/**
 * Whose open items a list shows: the items addressed to one of {@code roles} within {@code countyScope}, and of
 * those addressed to one user ({@link TodoItem#getAddressee()}) only the ones addressed to {@code user}.
 *
 * @param roles       the reader's roles that have a to-do list; null: every role (an integrator token, which
 *                    routes items, addressed ones included)
 * @param countyScope the reader's county, or null: every county and the city-level items
 * @param user        the reader's user name; null only with {@code roles} null (a token sees every addressee's)
 */
public record TodoAudience(Collection<String> roles, Long countyScope, String user) {

    public TodoAudience {
        roles = roles == null ? null : List.copyOf(roles);
        if (roles != null && (user == null || user.isBlank())) {
            throw new IllegalArgumentException("a user's list needs the user's name");
        }
    }

    /** A signed-in user: the items of the roles held in the county, the ones addressed to someone else left out. */
    public static TodoAudience user(Collection<String> roles, Long countyScope, String user) {
        return new TodoAudience(roles, countyScope, user);
    }

    /** An integrator token: every item of the county scope, whatever its role or addressee. */
    public static TodoAudience everyRole(Long countyScope) {
        return new TodoAudience(null, countyScope, null);
    }

    /** Whether no item can be addressed to it (a user without a role that has a to-do list). */
    public boolean isEmpty() {
        return roles != null && roles.isEmpty();
    }
}
