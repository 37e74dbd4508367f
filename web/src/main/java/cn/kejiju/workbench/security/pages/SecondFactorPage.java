package cn.kejiju.workbench.security.pages;

import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.security.AuthenticationService;
import cn.kejiju.workbench.security.LoginResult;
import cn.kejiju.workbench.security.LoginStep;
import cn.kejiju.workbench.security.WorkbenchAuthenticationMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The second step of a login: the code of the authenticator app, or a one-time recovery code. */
@Named
@RequestScoped
public class SecondFactorPage {

    @Inject
    AuthenticationService authentication;

    @Inject
    PageMessages messages;

    private String code;

    public void check() {
        PendingLogin pending = PendingLogin.of(SessionPages.request());
        if (pending == null || pending.step() != LoginStep.SECOND_FACTOR) {
            SessionPages.redirect(WorkbenchAuthenticationMechanism.LOGIN_PAGE);
        }
    }

    public void verify() {
        PendingLogin pending = PendingLogin.of(SessionPages.request());
        if (pending == null || pending.step() != LoginStep.SECOND_FACTOR) {
            SessionPages.redirect(WorkbenchAuthenticationMechanism.LOGIN_PAGE);
            return;
        }
        LoginResult result = authentication.checkSecondFactor(pending.username(), code);
        switch (result.step()) {
            case SIGNED_IN -> SessionPages.signIn(result, authentication.policy().getIdleMinutes(), pending.next());
            case CHANGE_PASSWORD -> {
                PendingLogin.start(SessionPages.request(), new PendingLogin(pending.username(), LoginStep.CHANGE_PASSWORD, pending.next()));
                SessionPages.redirect("/login-password.xhtml");
            }
            default -> messages.errorOn("otpForm:code", "otp.refused");
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
