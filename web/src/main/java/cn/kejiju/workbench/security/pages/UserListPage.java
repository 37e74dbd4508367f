package cn.kejiju.workbench.security.pages;

import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.security.Role;
import cn.kejiju.workbench.security.TemporaryPassword;
import cn.kejiju.workbench.security.UserAccount;
import cn.kejiju.workbench.security.UserService;
import cn.kejiju.workbench.shared.DomainException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The user accounts ({@code admin/users/list.xhtml}) and what the system administrator does to one
 * from the list: reset the password (the temporary one is shown once, in a dialog), unlock, disable
 * or enable, reset the second factor. The list is short (the bureau's staff), so it is loaded whole.
 */
@Named
@ViewScoped
public class UserListPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    UserService userService;

    @Inject
    PageMessages messages;

    private List<Row> rows;
    private String temporaryPassword;
    private String temporaryPasswordFor;

    @PostConstruct
    void load() {
        LocalDateTime now = userService.now();
        rows = userService.list().stream().map(account -> Row.of(account, now)).toList();
    }

    public void resetPassword(Row row) {
        TemporaryPassword reset = act(userService::resetPassword, row, "admin.users.passwordReset");
        if (reset != null) {
            temporaryPassword = reset.password();
            temporaryPasswordFor = reset.account().getUsername();
        }
    }

    public void unlock(Row row) {
        act(userService::unlock, row, "admin.users.unlocked");
    }

    public void disable(Row row) {
        act(userService::disable, row, "admin.users.disabled");
    }

    public void enable(Row row) {
        act(userService::enable, row, "admin.users.enabled");
    }

    public void resetSecondFactor(Row row) {
        act(userService::resetSecondFactor, row, "admin.users.secondFactorReset");
    }

    /** The administrator has noted the temporary password: it is forgotten. */
    public void closePassword() {
        temporaryPassword = null;
        temporaryPasswordFor = null;
    }

    /** Runs an action on one account, says so, and shows the list as it is now; a refusal is shown instead. */
    private <T> T act(LongFunction<T> action, Row row, String doneKey) {
        try {
            T result = action.apply(row.getId());
            messages.info(doneKey, row.getUsername());
            return result;
        } catch (DomainException e) {
            messages.show(e, null);
        } catch (EJBException e) {
            messages.show(PageMessages.domainCause(e).orElseThrow(() -> e), null);
        } finally {
            load();
        }
        return null;
    }

    public List<Row> getRows() {
        return rows;
    }

    /** The temporary password just set, or null once noted. */
    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public String getTemporaryPasswordFor() {
        return temporaryPasswordFor;
    }

    /** One account as the list shows it. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String username;
        private final String displayName;
        private final List<Role> roles;
        private final String jurisdiction;
        private final boolean enabled;
        private final String lockedUntil;
        private final boolean secondFactor;
        private final boolean mustChangePassword;

        private Row(UserAccount account, LocalDateTime now) {
            this.id = account.getId();
            this.username = account.getUsername();
            this.displayName = account.getDisplayName();
            this.roles = account.getRoles().stream().sorted().toList();
            this.jurisdiction = account.getJurisdiction().getName();
            this.enabled = account.isEnabled();
            this.lockedUntil = account.isLocked(now) ? TIME.format(account.getLockedUntil()) : null;
            this.secondFactor = account.hasSecondFactor();
            this.mustChangePassword = account.isMustChangePassword();
        }

        static Row of(UserAccount account, LocalDateTime now) {
            return new Row(account, now);
        }

        public long getId() {
            return id;
        }

        public String getUsername() {
            return username;
        }

        public String getDisplayName() {
            return displayName;
        }

        public List<Role> getRoles() {
            return roles;
        }

        public String getJurisdiction() {
            return jurisdiction;
        }

        public boolean isEnabled() {
            return enabled;
        }

        /** When the lock ends, or null when the account is not locked. */
        public String getLockedUntil() {
            return lockedUntil;
        }

        public boolean isLocked() {
            return lockedUntil != null;
        }

        public boolean isSecondFactor() {
            return secondFactor;
        }

        public boolean isMustChangePassword() {
            return mustChangePassword;
        }
    }
}
