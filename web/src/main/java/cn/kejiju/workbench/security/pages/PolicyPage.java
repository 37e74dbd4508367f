package cn.kejiju.workbench.security.pages;

import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.security.PasswordPolicy;
import cn.kejiju.workbench.security.PolicyDraft;
import cn.kejiju.workbench.security.SecurityPolicyService;
import cn.kejiju.workbench.shared.DomainException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Set;

/**
 * The security policy ({@code admin/security/policy.xhtml}): password, lockout, session and token-rate
 * settings. The version loaded with the policy goes back with the change, so a save over another
 * security administrator's newer one is refused.
 */
@Named
@ViewScoped
public class PolicyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "policyForm";
    private static final Set<String> FIELDS = Set.of("minLength", "minClasses", "expiryDays", "historySize",
            "maxFailures", "lockMinutes", "idleMinutes", "tokenRatePerSecond");

    @Inject
    SecurityPolicyService policyService;

    @Inject
    PageMessages messages;

    private long version;
    private Integer minLength;
    private Integer minClasses;
    private Integer expiryDays;
    private Integer historySize;
    private Integer maxFailures;
    private Integer lockMinutes;
    private Integer idleMinutes;
    private Integer tokenRatePerSecond;

    @PostConstruct
    void load() {
        PasswordPolicy policy = policyService.get();
        version = policy.getVersion();
        minLength = policy.getMinLength();
        minClasses = policy.getMinClasses();
        expiryDays = policy.getExpiryDays();
        historySize = policy.getHistorySize();
        maxFailures = policy.getMaxFailures();
        lockMinutes = policy.getLockMinutes();
        idleMinutes = policy.getIdleMinutes();
        tokenRatePerSecond = policy.getTokenRatePerSecond();
    }

    /** Saves and shows the policy as stored; a refused value stays on the page next to its field. */
    public String save() {
        try {
            policyService.revise(version, new PolicyDraft(minLength, minClasses, expiryDays, historySize, maxFailures,
                    lockMinutes, idleMinutes, tokenRatePerSecond));
            messages.flashInfo("admin.policy.saved");
            return "/admin/security/policy?faces-redirect=true";
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, FORM, FIELDS);
        }
        return null;
    }

    public Integer getMinLength() {
        return minLength;
    }

    public void setMinLength(Integer minLength) {
        this.minLength = minLength;
    }

    public Integer getMinClasses() {
        return minClasses;
    }

    public void setMinClasses(Integer minClasses) {
        this.minClasses = minClasses;
    }

    public Integer getExpiryDays() {
        return expiryDays;
    }

    public void setExpiryDays(Integer expiryDays) {
        this.expiryDays = expiryDays;
    }

    public Integer getHistorySize() {
        return historySize;
    }

    public void setHistorySize(Integer historySize) {
        this.historySize = historySize;
    }

    public Integer getMaxFailures() {
        return maxFailures;
    }

    public void setMaxFailures(Integer maxFailures) {
        this.maxFailures = maxFailures;
    }

    public Integer getLockMinutes() {
        return lockMinutes;
    }

    public void setLockMinutes(Integer lockMinutes) {
        this.lockMinutes = lockMinutes;
    }

    public Integer getIdleMinutes() {
        return idleMinutes;
    }

    public void setIdleMinutes(Integer idleMinutes) {
        this.idleMinutes = idleMinutes;
    }

    public Integer getTokenRatePerSecond() {
        return tokenRatePerSecond;
    }

    public void setTokenRatePerSecond(Integer tokenRatePerSecond) {
        this.tokenRatePerSecond = tokenRatePerSecond;
    }
}
