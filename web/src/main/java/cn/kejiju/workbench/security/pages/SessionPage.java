package cn.kejiju.workbench.security.pages;

import cn.kejiju.workbench.security.AuthenticationService;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.security.WorkbenchAuthenticationMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The signed-in user as the page header shows it, what the menu may offer, and signing out. */
@Named
@RequestScoped
public class SessionPage {

    private static final String[] BUSINESS_READERS = {Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK,
            Roles.INCUBATOR_CLERK, Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER};

    /** The roles of the enterprise service's writes (register, revise, delete). */
    private static final String[] ENTERPRISE_EDITORS = {Roles.SYSTEM_ADMIN, Roles.COMMISSIONER_CLERK,
            Roles.INCUBATOR_CLERK, Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK};

    @Inject
    SecurityContext securityContext;

    @Inject
    AuthenticationService authentication;

    public String getDisplayName() {
        return securityContext.getCallerPrincipal() == null ? "" : securityContext.getCallerPrincipal().getName();
    }

    /** The answers of this request: the menu asks the same roles many times, and each answer costs a permission check. */
    private final Map<String, Boolean> inRole = new HashMap<>();

    /** Whether the user may read business records (the auditor and the security administrator may not). */
    public boolean isReadsBusinessRecords() {
        return Stream.of(BUSINESS_READERS).anyMatch(this::isInRole);
    }

    /**
     * Whether the user may change enterprises: the pages offer editing and deleting to these users only, so a
     * reader's postback never reaches the service's role check (a refusal there is logged with a stack trace).
     */
    public boolean isEditsEnterprises() {
        return Stream.of(ENTERPRISE_EDITORS).anyMatch(this::isInRole);
    }

    public boolean isInRole(String role) {
        return inRole.computeIfAbsent(role, securityContext::isCallerInRole);
    }

    /** Ends the session and shows the login page. */
    public String logout() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpSession session = ((HttpServletRequest) external.getRequest()).getSession(false);
        if (session != null) {
            if (securityContext.getCallerPrincipal() != null) {
                authentication.loggedOut(securityContext.getCallerPrincipal().getName());
            }
            session.invalidate();
        }
        return WorkbenchAuthenticationMechanism.LOGIN_PAGE + "?faces-redirect=true";
    }
}
