package cn.kejiju.workbench.security.pages;

import cn.kejiju.workbench.security.LoginResult;
import cn.kejiju.workbench.security.SignedIn;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;

/** What the login pages share: where to go after signing in, and finishing a login. */
final class SessionPages {

    private SessionPages() {
    }

    static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    /** A local page to return to, never another site (no open redirect). */
    static String safeNext(String next) {
        if (next == null || next.isBlank() || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return "/index.xhtml";
        }
        URI uri = URI.create(next.replace(" ", "%20"));
        return uri.getHost() == null && uri.getScheme() == null ? next : "/index.xhtml";
    }

    /** Signs the user in and goes to the page asked for before the login. */
    static void signIn(LoginResult result, int idleMinutes, String next) {
        HttpServletRequest request = request();
        PendingLogin.clear(request);
        SignedIn.begin(request, result, idleMinutes);
        redirect(safeNext(next));
    }

    static void redirect(String localPath) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + localPath);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }
}
