package cn.kejiju.workbench.security.pages;

import cn.kejiju.workbench.security.AuthenticationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

/** The 403 page: the container turned a signed-in user away from a page; the attempt goes into the audit trail. */
@Named
@RequestScoped
public class AccessDeniedPage {

    @Inject
    AuthenticationService authentication;

    private boolean recorded;

    public void record() {
        if (recorded) {
            return;
        }
        recorded = true;
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Object uri = external.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI);
        String page = uri == null ? "?" : uri.toString().substring(Math.min(uri.toString().length(), external.getRequestContextPath().length()));
        String user = external.getUserPrincipal() == null ? null : external.getUserPrincipal().getName();
        authentication.accessDenied(user, "page " + page);
    }
}
