package cn.kejiju.workbench.security.pages;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.jurisdiction.JurisdictionService;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.security.ApiToken;
import cn.kejiju.workbench.security.TokenDraft;
import cn.kejiju.workbench.security.TokenScope;
import cn.kejiju.workbench.security.TokenService;
import cn.kejiju.workbench.shared.DomainException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The integrator tokens ({@code admin/security/tokens.xhtml}): the list, a dialog that issues a token
 * and then shows its secret once, and revocation.
 */
@Named
@ViewScoped
public class TokensPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "tokenForm";
    private static final Set<String> FIELDS = Set.of("name", "jurisdictionId", "scope", "expiresAt");
    /** A new token is valid for a year unless the security administrator chooses otherwise. */
    private static final int DEFAULT_VALIDITY_YEARS = 1;

    @Inject
    TokenService tokenService;

    @Inject
    JurisdictionService jurisdictionService;

    @Inject
    PageMessages messages;

    private List<Row> rows;
    private List<SelectItem> jurisdictionOptions;
    private LocalDate today;

    private String name;
    private Long jurisdictionId;
    private TokenScope scope;
    private LocalDate expiresOn;
    private String issuedName;
    private String issuedSecret;

    @PostConstruct
    void load() {
        LocalDateTime now = tokenService.now();
        today = now.toLocalDate();
        rows = tokenService.list().stream().map(token -> Row.of(token, now)).toList();
    }

    /** Opens the dialog with an empty form. */
    public void startNew() {
        name = null;
        jurisdictionId = null;
        scope = TokenScope.READ;
        expiresOn = today.plusYears(DEFAULT_VALIDITY_YEARS);
        issuedName = null;
        issuedSecret = null;
    }

    /** Issues the token; the dialog then shows its secret, once. */
    public void issue() {
        try {
            ApiToken.Issued issued = tokenService.issue(new TokenDraft(name, jurisdictionId, scope, expiresOn));
            issuedName = issued.token().getName();
            issuedSecret = issued.secret();
            load();
        } catch (DomainException e) {
            refused(e);
        } catch (EJBException e) {
            refused(PageMessages.domainCause(e).orElseThrow(() -> e));
        }
    }

    /** The dialog closes: the secret is forgotten. */
    public void close() {
        issuedName = null;
        issuedSecret = null;
    }

    public void revoke(Row row) {
        try {
            tokenService.revoke(row.getId());
            messages.info("admin.tokens.revoked", row.getName());
        } catch (DomainException e) {
            messages.show(e, null);
        } catch (EJBException e) {
            messages.show(PageMessages.domainCause(e).orElseThrow(() -> e), null);
        } finally {
            load();
        }
    }

    private void refused(DomainException e) {
        String field = e.field();
        String input = "expiresAt".equals(field) ? "expiresOn" : field;
        messages.show(e, input != null && FIELDS.contains(field) ? FORM + ":" + input : null);
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isIssued() {
        return issuedSecret != null;
    }

    public String getIssuedName() {
        return issuedName;
    }

    public String getIssuedSecret() {
        return issuedSecret;
    }

    public LocalDate getToday() {
        return today;
    }

    public TokenScope[] getScopes() {
        return TokenScope.values();
    }

    /** The city and its counties: a token reads and writes in one of them. */
    public List<SelectItem> getJurisdictionOptions() {
        if (jurisdictionOptions == null) {
            List<SelectItem> options = new ArrayList<>();
            for (Jurisdiction city : jurisdictionService.list(null, JurisdictionLevel.CITY)) {
                options.add(new SelectItem(city.getId(), messages.text("admin.users.wholeCity", city.getName())));
            }
            for (Jurisdiction county : jurisdictionService.list(null, JurisdictionLevel.COUNTY)) {
                options.add(new SelectItem(county.getId(), county.getName()));
            }
            jurisdictionOptions = options;
        }
        return jurisdictionOptions;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getJurisdictionId() {
        return jurisdictionId;
    }

    public void setJurisdictionId(Long jurisdictionId) {
        this.jurisdictionId = jurisdictionId;
    }

    public TokenScope getScope() {
        return scope;
    }

    public void setScope(TokenScope scope) {
        this.scope = scope;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    /** Where a token stands now. */
    public enum Status { ACTIVE, EXPIRED, REVOKED }

    /** One token as the list shows it; never its secret, which is not stored. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String name;
        private final String prefix;
        private final String jurisdiction;
        private final TokenScope scope;
        private final String expiresAt;
        private final Status status;
        private final String revokedAt;
        private final String createdBy;
        private final String createdAt;

        private Row(ApiToken token, LocalDateTime now) {
            this.id = token.getId();
            this.name = token.getName();
            this.prefix = token.getPrefix();
            this.jurisdiction = token.getJurisdiction().getName();
            this.scope = token.getScope();
            this.expiresAt = UserListPage.TIME.format(token.getExpiresAt());
            this.status = token.isRevoked() ? Status.REVOKED : token.isUsableOn(now) ? Status.ACTIVE : Status.EXPIRED;
            this.revokedAt = token.isRevoked() ? UserListPage.TIME.format(token.getRevokedAt()) : null;
            this.createdBy = token.getCreatedBy();
            this.createdAt = UserListPage.TIME.format(token.getCreatedAt());
        }

        static Row of(ApiToken token, LocalDateTime now) {
            return new Row(token, now);
        }

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getPrefix() {
            return prefix;
        }

        public String getJurisdiction() {
            return jurisdiction;
        }

        public TokenScope getScope() {
            return scope;
        }

        public String getExpiresAt() {
            return expiresAt;
        }

        public Status getStatus() {
            return status;
        }

        public boolean isActive() {
            return status == Status.ACTIVE;
        }

        public String getRevokedAt() {
            return revokedAt;
        }

        public String getCreatedBy() {
            return createdBy;
        }

        public String getCreatedAt() {
            return createdAt;
        }
    }
}
