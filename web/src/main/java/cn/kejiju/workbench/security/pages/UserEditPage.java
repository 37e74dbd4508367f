package cn.kejiju.workbench.security.pages;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.jurisdiction.JurisdictionService;
import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.security.Role;
import cn.kejiju.workbench.security.TemporaryPassword;
import cn.kejiju.workbench.security.UserAccount;
import cn.kejiju.workbench.security.UserDraft;
import cn.kejiju.workbench.security.UserService;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Creates a user account ({@code admin/users/edit.xhtml}) or changes one ({@code edit.xhtml?id=…}). A new
 * account gets a temporary password, shown once on this page after saving. A refused rule (separation of
 * duties, user name format, the last system administrator) is shown next to the field it names.
 */
@Named
@ViewScoped
public class UserEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "editForm";
    private static final Set<String> FIELDS = Set.of("username", "displayName", "roles", "jurisdictionId");

    @Inject
    UserService userService;

    @Inject
    JurisdictionService jurisdictionService;

    @Inject
    PageMessages messages;

    private Long id;
    private Long version;
    private boolean notFound;
    private Form form = new Form();
    private List<SelectItem> jurisdictionOptions;
    private String createdUsername;
    private String temporaryPassword;

    /** Loads the account named by {@code ?id=}; without an id the form starts empty. */
    public void load() {
        if (id == null || notFound || version != null) {
            return;
        }
        try {
            UserAccount account = userService.get(id);
            version = account.getVersion();
            form = Form.of(UserDraft.of(account));
        } catch (NotFoundException e) {
            notFound = true;
        }
    }

    /**
     * Creates the account and shows its temporary password here, or saves the changes and goes back to
     * the list.
     */
    public String save() {
        try {
            if (id == null) {
                TemporaryPassword created = userService.create(form.toDraft());
                createdUsername = created.account().getUsername();
                temporaryPassword = created.password();
                return null;
            }
            UserAccount saved = userService.update(id, version, form.toDraft());
            messages.flashInfo("admin.users.saved", saved.getUsername());
            return "/admin/users/list?faces-redirect=true";
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, FORM, FIELDS);
        }
        return null;
    }

    public boolean isCreating() {
        return id == null && !notFound;
    }

    /** The account was just created: its temporary password is shown instead of the form. */
    public boolean isCreated() {
        return temporaryPassword != null;
    }

    public String getCreatedUsername() {
        return createdUsername;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public String getId() {
        return id == null ? null : id.toString();
    }

    public void setId(String text) {
        id = IdParameter.parse(text);
        notFound = IdParameter.namesNothing(text);
    }

    public boolean isNotFound() {
        return notFound;
    }

    public Form getForm() {
        return form;
    }

    /** Every role a person can hold; integrators use tokens. */
    public List<Role> getRoleOptions() {
        return Arrays.stream(Role.values()).filter(role -> role != Role.INTEGRATOR).toList();
    }

    /** The city and its counties: an account belongs to one of them. */
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

    /** What the administrator enters, field by field. */
    public static final class Form implements Serializable {

        private static final long serialVersionUID = 1L;

        private String username;
        private String displayName;
        private Role[] roles = new Role[0];
        private Long jurisdictionId;

        static Form of(UserDraft draft) {
            Form form = new Form();
            form.username = draft.username();
            form.displayName = draft.displayName();
            form.roles = draft.roles().stream().sorted().toArray(Role[]::new);
            form.jurisdictionId = draft.jurisdictionId();
            return form;
        }

        UserDraft toDraft() {
            Set<Role> chosen = roles == null || roles.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(roles));
            return new UserDraft(username, displayName, chosen, jurisdictionId);
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public Role[] getRoles() {
            return roles;
        }

        public void setRoles(Role[] roles) {
            this.roles = roles;
        }

        public Long getJurisdictionId() {
            return jurisdictionId;
        }

        public void setJurisdictionId(Long jurisdictionId) {
            this.jurisdictionId = jurisdictionId;
        }
    }
}
