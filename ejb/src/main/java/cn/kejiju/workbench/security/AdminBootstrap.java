package cn.kejiju.workbench.security;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.jurisdiction.JurisdictionRepository;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Makes sure a fresh installation can be administered, without a default password: when no enabled
 * system administrator exists, it creates the account {@value #USERNAME} in the city. Its password comes
 * from {@code workbench.admin.initial-password} (environment {@code WORKBENCH_ADMIN_INITIAL_PASSWORD})
 * and must meet the policy; without it a random one is generated and written once to the server log.
 * Either must be changed at the first login, and the administrator enrols an authenticator then.
 * <p>
 * A database without any city gets one from {@code workbench.city.code} and {@code workbench.city.name}
 * ({@code WORKBENCH_CITY_CODE}, {@code WORKBENCH_CITY_NAME}); there are no defaults, since a made-up city
 * would end up in every record. When something is missing the reason is logged as SEVERE and nothing is
 * created; the next start tries again. With the demo data the demo administrator exists: nothing happens.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class AdminBootstrap {

    static final String USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());
    private static final String DOMAIN_MESSAGES = "cn.kejiju.workbench.shared.DomainMessages";

    @Inject
    UserAccountRepository users;

    @Inject
    JurisdictionRepository jurisdictions;

    @Inject
    PasswordPolicyRepository policies;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "workbench.admin.initial-password")
    Optional<String> initialPassword;

    @Inject
    @ConfigProperty(name = "workbench.city.code")
    Optional<String> cityCode;

    @Inject
    @ConfigProperty(name = "workbench.city.name")
    Optional<String> cityName;

    @PostConstruct
    void ensureSystemAdministrator() {
        if (users.countEnabledWithRole(Role.SYSTEM_ADMIN) > 0) {
            return;
        }
        if (users.findByUsername(USERNAME).isPresent()) {
            LOG.severe(() -> "No enabled system administrator, and the account '" + USERNAME + "' exists but is"
                    + " disabled or lacks the SYSTEM_ADMIN role. Nobody can manage users: enable it in the database"
                    + " (user_account.enabled, user_role) and restart.");
            return;
        }
        PasswordPolicy policy = policies.current();
        boolean generated = initialPassword.filter(value -> !value.isBlank()).isEmpty();
        String password = generated ? policy.generatePassword() : initialPassword.get();
        if (!generated && !meetsPolicy(password, policy)) {
            return;
        }
        Optional<Jurisdiction> city = city();
        if (city.isEmpty()) {
            return;
        }
        String displayName = ResourceBundle.getBundle(DOMAIN_MESSAGES, Locale.ROOT, DomainException.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString("bootstrap.adminDisplayName");
        users.add(new UserAccount(USERNAME, displayName, Set.of(Role.SYSTEM_ADMIN), city.get(),
                PasswordHash.hash(password.toCharArray()), LocalDateTime.now(clock)));
        if (generated) {
            LOG.warning(banner(password));
        } else {
            LOG.info(() -> "Created the system administrator '" + USERNAME + "' with the password of"
                    + " workbench.admin.initial-password; it must be changed at the first login.");
        }
    }

    private static boolean meetsPolicy(String password, PasswordPolicy policy) {
        try {
            policy.checkStrength(password);
            return true;
        } catch (RuleViolationException e) {
            LOG.severe(() -> "workbench.admin.initial-password (WORKBENCH_ADMIN_INITIAL_PASSWORD) does not meet the"
                    + " password policy (at least " + policy.getMinLength() + " characters of at least "
                    + policy.getMinClasses() + " of the classes upper case, lower case, digits, symbols)."
                    + " No system administrator was created; set a stronger one, or none to have one generated,"
                    + " and restart.");
            return false;
        }
    }

    /** The city of the installation: the one in the database, or a new one from the configuration. */
    private Optional<Jurisdiction> city() {
        Optional<Jurisdiction> stored = jurisdictions.list(null, JurisdictionLevel.CITY).stream().findFirst();
        if (stored.isPresent()) {
            return stored;
        }
        Optional<String> code = cityCode.map(String::strip).filter(value -> !value.isEmpty());
        Optional<String> name = cityName.map(String::strip).filter(value -> !value.isEmpty());
        if (code.isEmpty() || name.isEmpty()) {
            LOG.severe("No enabled system administrator and no city in the database. Set workbench.city.code"
                    + " (WORKBENCH_CITY_CODE, the 12-digit statistical division code, e.g. 350100000000) and"
                    + " workbench.city.name (WORKBENCH_CITY_NAME) and restart: the city and the system"
                    + " administrator '" + USERNAME + "' are then created.");
            return Optional.empty();
        }
        try {
            Jurisdiction city = jurisdictions.add(Jurisdiction.city(code.get(), name.get()));
            LOG.info(() -> "Created the city " + city + " from workbench.city.code and workbench.city.name.");
            return Optional.of(city);
        } catch (DomainException e) {
            LOG.severe(() -> "workbench.city.code " + code.get() + " / workbench.city.name " + name.get()
                    + " do not make a city (" + e.messageKey() + ": a city code has 12 digits, its first 4"
                    + " significant, the rest zeros). No system administrator was created; correct them and restart.");
            return Optional.empty();
        }
    }

    private static String banner(String password) {
        String line = "=".repeat(72);
        return "\n" + line
                + "\n  FIRST START: created the system administrator '" + USERNAME + "'"
                + "\n  Temporary password (shown this once, never again):  " + password
                + "\n  Log in with it, set a new password and enrol an authenticator app."
                + "\n  To choose it instead, set WORKBENCH_ADMIN_INITIAL_PASSWORD before the first start."
                + "\n" + line;
    }
}
