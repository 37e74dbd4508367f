package cn.kejiju.workbench.security.pages;

import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.security.AuthenticationService;
import cn.kejiju.workbench.security.LoginResult;
import cn.kejiju.workbench.security.LoginStep;
import cn.kejiju.workbench.security.WorkbenchAuthenticationMechanism;
import cn.kejiju.workbench.shared.DomainException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The forced password change of a login (first login, after a reset, after expiry): the user passed
 * every factor, and signs in once the new password meets the policy.
 */
@Named
@RequestScoped
public class NewPasswordPage {

    @Inject
    AuthenticationService authentication;

    @Inject
    PageMessages messages;

    private String newPassword;
    private String repeated;

    /** Without a pending login at this step the page has nothing to do: back to the login. */
    public void check() {
        PendingLogin pending = PendingLogin.of(SessionPages.request());
        if (pending == null || pending.step() != LoginStep.CHANGE_PASSWORD) {
            SessionPages.redirect(WorkbenchAuthenticationMechanism.LOGIN_PAGE);
        }
    }

    public void save() {
        PendingLogin pending = PendingLogin.of(SessionPages.request());
        if (pending == null || pending.step() != LoginStep.CHANGE_PASSWORD) {
            SessionPages.redirect(WorkbenchAuthenticationMechanism.LOGIN_PAGE);
            return;
        }
        if (newPassword == null || !newPassword.equals(repeated)) {
            messages.errorOn("newPasswordForm:repeated", "password.mismatch");
            return;
        }
        try {
            LoginResult result = authentication.changePassword(pending.username(), newPassword);
            SessionPages.signIn(result, authentication.policy().getIdleMinutes(), pending.next());
        } catch (DomainException e) {
            messages.show(e, "newPasswordForm:newPassword");
        } catch (jakarta.ejb.EJBException e) {
            messages.show(PageMessages.domainCause(e).orElseThrow(() -> e), "newPasswordForm:newPassword");
        }
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
