package cn.kejiju.workbench.security.pages;

import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.security.AuthenticationService;
import cn.kejiju.workbench.security.LoginResult;
import cn.kejiju.workbench.security.LoginStep;
import cn.kejiju.workbench.security.OtpAuthUri;
import cn.kejiju.workbench.security.TotpSecret;
import cn.kejiju.workbench.security.WorkbenchAuthenticationMechanism;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Enrolment of an authenticator app during the login of a user who must use two factors and has
 * none yet: a fresh secret as QR code (and as text, for typing in), confirmed by a first code; then
 * the recovery codes are shown once.
 */
@Named
@ViewScoped
public class EnrolPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ISSUER = "科技局业务平台";

    @Inject
    AuthenticationService authentication;

    @Inject
    PageMessages messages;

    private TotpSecret secret;
    private String code;
    private List<String> recoveryCodes = List.of();
    private LoginResult result;
    private String next;

    @PostConstruct
    void init() {
        secret = TotpSecret.generate();
    }

    public void check() {
        PendingLogin pending = PendingLogin.of(SessionPages.request());
        if (result == null && (pending == null || pending.step() != LoginStep.ENROL_SECOND_FACTOR)) {
            SessionPages.redirect(WorkbenchAuthenticationMechanism.LOGIN_PAGE);
        }
    }

    public void confirm() {
        PendingLogin pending = PendingLogin.of(SessionPages.request());
        if (pending == null || pending.step() != LoginStep.ENROL_SECOND_FACTOR) {
            SessionPages.redirect(WorkbenchAuthenticationMechanism.LOGIN_PAGE);
            return;
        }
        AuthenticationService.Enrolment enrolment = authentication.enrolSecondFactor(pending.username(), secret.base32(), code);
        if (enrolment.result().step() == LoginStep.REFUSED) {
            messages.errorOn("enrolForm:code", "otp.refused");
            return;
        }
        result = enrolment.result();
        recoveryCodes = enrolment.recoveryCodes();
        next = pending.next();
    }

    /** After the recovery codes were shown: sign in, or set a new password first. */
    public void proceed() {
        if (result == null) {
            SessionPages.redirect(WorkbenchAuthenticationMechanism.LOGIN_PAGE);
        } else if (result.step() == LoginStep.CHANGE_PASSWORD) {
            PendingLogin pending = PendingLogin.of(SessionPages.request());
            PendingLogin.start(SessionPages.request(),
                    new PendingLogin(pending == null ? result.principal().getName() : pending.username(), LoginStep.CHANGE_PASSWORD, next));
            SessionPages.redirect("/login-password.xhtml");
        } else {
            SessionPages.signIn(result, authentication.policy().getIdleMinutes(), next);
        }
    }

    public String getQrCode() {
        PendingLogin pending = PendingLogin.of(SessionPages.request());
        String account = pending == null ? "user" : pending.username();
        return QrCodeSvg.svg(OtpAuthUri.of(ISSUER, account, secret));
    }

    /** The secret in groups of four, for typing into an app that cannot scan. */
    public String getSecretText() {
        return secret.base32().replaceAll("(.{4})(?!$)", "$1 ");
    }

    public boolean isEnrolled() {
        return result != null;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
