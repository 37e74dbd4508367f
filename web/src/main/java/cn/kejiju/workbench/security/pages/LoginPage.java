package cn.kejiju.workbench.security.pages;

import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.security.AuthenticationService;
import cn.kejiju.workbench.security.LoginResult;
import cn.kejiju.workbench.security.LoginStep;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The login page: user name and password. Every refusal reads the same, whether the user exists,
 * the password is wrong or the account is locked; the next step (second factor, enrolment, new
 * password) continues on its own page.
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    AuthenticationService authentication;

    @Inject
    PageMessages messages;

    private String username;
    private String password;
    private String next;

    public void login() {
        LoginResult result = authentication.checkPassword(username, password == null ? new char[0] : password.toCharArray());
        password = null;
        switch (result.step()) {
            case REFUSED -> messages.error(messages.text("login.refused"));
            case SIGNED_IN -> SessionPages.signIn(result, authentication.policy().getIdleMinutes(), next);
            case SECOND_FACTOR -> continueWith(result.step(), "/login-otp.xhtml");
            case ENROL_SECOND_FACTOR -> continueWith(result.step(), "/login-enrol.xhtml");
            case CHANGE_PASSWORD -> continueWith(result.step(), "/login-password.xhtml");
        }
    }

    private void continueWith(LoginStep step, String page) {
        PendingLogin.start(SessionPages.request(), new PendingLogin(username.strip(), step, SessionPages.safeNext(next)));
        SessionPages.redirect(page);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
