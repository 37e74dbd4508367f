package cn.kejiju.workbench.security.pages;

import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.security.AccountService;
import cn.kejiju.workbench.security.OtpAuthUri;
import cn.kejiju.workbench.security.PasswordPolicy;
import cn.kejiju.workbench.security.TotpSecret;
import cn.kejiju.workbench.security.UserAccount;
import cn.kejiju.workbench.shared.DomainException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The signed-in user's own settings ({@code account/settings.xhtml}): a new password (the current one
 * first), an authenticator app for two-factor login if there is none yet (QR code, first code, then the
 * recovery codes once), and new recovery codes on a current code.
 */
@Named
@ViewScoped
public class AccountSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INPUTS = Map.of(
            "currentPassword", "passwordForm:currentPassword",
            "newPassword", "passwordForm:newPassword");

    @Inject
    AccountService accountService;

    @Inject
    PageMessages messages;

    private String username;
    private String displayName;
    private boolean enrolled;
    private int recoveryCodesLeft;
    private int minLength;
    private int minClasses;
    private int historySize;
    private TotpSecret secret;

    private String currentPassword;
    private String newPassword;
    private String repeated;
    private String enrolCode;
    private String renewCode;
    private List<String> recoveryCodes = List.of();

    @PostConstruct
    void load() {
        UserAccount account = accountService.account();
        username = account.getUsername();
        displayName = account.getDisplayName();
        enrolled = account.hasSecondFactor();
        recoveryCodesLeft = account.getRecoveryCodeHashes().size();
        PasswordPolicy policy = accountService.policy();
        minLength = policy.getMinLength();
        minClasses = policy.getMinClasses();
        historySize = policy.getHistorySize();
        if (!enrolled && secret == null) {
            secret = TotpSecret.generate();
        }
    }

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(repeated)) {
            messages.errorOn("passwordForm:repeated", "password.mismatch");
            return;
        }
        if (attempt(() -> {
            accountService.changePassword(currentPassword, newPassword);
            return true;
        }, "passwordForm:newPassword") != null) {
            currentPassword = null;
            newPassword = null;
            repeated = null;
            messages.info("account.passwordChanged");
        }
    }

    public void enrol() {
        List<String> codes = attempt(() -> accountService.enrolSecondFactor(secret.base32(), enrolCode), "enrolForm:enrolCode");
        if (codes != null) {
            recoveryCodes = codes;
            secret = null;
            enrolCode = null;
            load();
            messages.info("account.enrolled");
        }
    }

    public void renewRecoveryCodes() {
        List<String> codes = attempt(() -> accountService.renewRecoveryCodes(renewCode), "renewForm:renewCode");
        if (codes != null) {
            recoveryCodes = codes;
            renewCode = null;
            load();
            messages.info("account.recoveryRenewed");
        }
    }

    /** The recovery codes were written down: they are forgotten. */
    public void recoveryCodesNoted() {
        recoveryCodes = List.of();
    }

    /**
     * Runs a change of the own account; a refusal is shown next to the input it concerns (a wrong code
     * next to the code the user typed), and null returned.
     */
    private <T> T attempt(Supplier<T> change, String codeInput) {
        try {
            return change.get();
        } catch (DomainException e) {
            refused(e, codeInput);
        } catch (EJBException e) {
            refused(PageMessages.domainCause(e).orElseThrow(() -> e), codeInput);
        }
        return null;
    }

    private void refused(DomainException e, String codeInput) {
        String field = e.field();
        String input = field == null ? null : "code".equals(field) ? codeInput : INPUTS.get(field);
        messages.show(e, input);
    }

    public String getQrCode() {
        return secret == null ? "" : QrCodeSvg.svg(OtpAuthUri.of(EnrolPage.ISSUER, username, secret));
    }

    /** The secret in groups of four, for typing into an app that cannot scan. */
    public String getSecretText() {
        return secret == null ? "" : secret.base32().replaceAll("(.{4})(?!$)", "$1 ");
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isEnrolled() {
        return enrolled;
    }

    public int getRecoveryCodesLeft() {
        return recoveryCodesLeft;
    }

    public int getMinLength() {
        return minLength;
    }

    public int getMinClasses() {
        return minClasses;
    }

    public int getHistorySize() {
        return historySize;
    }

    /** Recovery codes just made, shown until the user says they are written down. */
    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
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

    public String getEnrolCode() {
        return enrolCode;
    }

    public void setEnrolCode(String enrolCode) {
        this.enrolCode = enrolCode;
    }

    public String getRenewCode() {
        return renewCode;
    }

    public void setRenewCode(String renewCode) {
        this.renewCode = renewCode;
    }
}
