package cn.kejiju.workbench.security.pages;

import cn.kejiju.workbench.security.LoginResult;
import cn.kejiju.workbench.security.SignedIn;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.net.URISyntaxException;

/** What the login pages share: where to go after signing in, and finishing a login. */
final class SessionPages {

    static final String HOME = "/index.xhtml";

    private SessionPages() {
    }

    static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    /**
     * A local page to return to, never another site (no open redirect); anything that is not a valid
     * address (a {@code |}, a lone {@code %}, a tab or line break) goes to the home page.
     */
    static String safeNext(String next) {
        if (next == null || next.isBlank() || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return HOME;
        }
        String candidate = next.replace(" ", "%20");
        try {
            URI uri = new URI(candidate);
            return uri.getHost() == null && uri.getScheme() == null && uri.getRawAuthority() == null ? candidate : HOME;
        } catch (URISyntaxException notAnAddress) {
            return HOME;
        }
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
