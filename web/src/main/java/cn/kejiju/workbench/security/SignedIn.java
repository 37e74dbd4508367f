package cn.kejiju.workbench.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.util.Set;

/**
 * A completed page login, kept in the HTTP session. The mechanism hands it to the container on
 * every request of the session; logging out or the idle timeout ends the session and with it this.
 */
public record SignedIn(WorkbenchPrincipal principal, Set<String> groups) implements Serializable {

    static final String ATTRIBUTE = SignedIn.class.getName();

    public static SignedIn of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (SignedIn) session.getAttribute(ATTRIBUTE);
    }

    /**
     * Starts the signed-in session: a new session id (no fixation), the idle timeout of the policy.
     */
    public static void begin(HttpServletRequest request, LoginResult result, int idleMinutes) {
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setMaxInactiveInterval(idleMinutes * 60);
        session.setAttribute(ATTRIBUTE, new SignedIn(result.principal(), Set.copyOf(result.groups())));
    }
}
