package cn.kejiju.workbench.security.pages;

import cn.kejiju.workbench.security.LoginStep;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;

/**
 * A login that passed its password but still owes a step (second factor, enrolment, a new password).
 * It lives in the session, before the user is signed in; a new login attempt replaces it.
 */
public record PendingLogin(String username, LoginStep step, String next) implements Serializable {

    static final String ATTRIBUTE = PendingLogin.class.getName();

    public static PendingLogin of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (PendingLogin) session.getAttribute(ATTRIBUTE);
    }

    public static void start(HttpServletRequest request, PendingLogin pending) {
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(ATTRIBUTE, pending);
    }

    public static void clear(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
