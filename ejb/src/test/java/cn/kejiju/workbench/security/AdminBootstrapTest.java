package cn.kejiju.workbench.security;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.jurisdiction.JurisdictionRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first start of a production database, with repositories in memory and the log captured. */
class AdminBootstrapTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Pattern BANNER_PASSWORD = Pattern.compile("shown this once, never again\\):\\s+(\\S+)");

    private final Users users = new Users();
    private final Jurisdictions jurisdictions = new Jurisdictions();
    private final List<LogRecord> log = new ArrayList<>();
    private final Logger logger = Logger.getLogger(AdminBootstrap.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            log.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private boolean parentHandlers;

    @BeforeEach
    void captureLog() {
        parentHandlers = logger.getUseParentHandlers();
        logger.setUseParentHandlers(false);
        logger.addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        logger.removeHandler(capture);
        logger.setUseParentHandlers(parentHandlers);
    }

    private AdminBootstrap bootstrap(String password, String cityCode, String cityName) {
        AdminBootstrap bootstrap = new AdminBootstrap();
        bootstrap.users = users;
        bootstrap.jurisdictions = jurisdictions;
        bootstrap.policies = Optional::empty;
        bootstrap.clock = CLOCK;
        bootstrap.initialPassword = Optional.ofNullable(password);
        bootstrap.cityCode = Optional.ofNullable(cityCode);
        bootstrap.cityName = Optional.ofNullable(cityName);
        return bootstrap;
    }

    private List<LogRecord> logged(Level level) {
        return log.stream().filter(record -> record.getLevel().equals(level)).toList();
    }

    @Test
    void aFreshDatabaseGetsTheCityAndAnAdministratorWithAPasswordPrintedOnce() {
        bootstrap(null, "350100000000", "福州市").ensureSystemAdministrator();

        assertEquals(1, jurisdictions.stored.size());
        Jurisdiction city = jurisdictions.stored.get(0);
        assertEquals("350100000000", city.getCode());
        assertEquals(JurisdictionLevel.CITY, city.getLevel());
        UserAccount admin = users.findByUsername("admin").orElseThrow();
        assertEquals(Set.of(Role.SYSTEM_ADMIN), admin.getRoles());
        assertEquals(city, admin.getJurisdiction());
        assertTrue(admin.isMustChangePassword());
        assertEquals("系统管理员", admin.getDisplayName());

        List<LogRecord> warnings = logged(Level.WARNING);
        assertEquals(1, warnings.size());
        Matcher banner = BANNER_PASSWORD.matcher(warnings.get(0).getMessage());
        assertTrue(banner.find(), warnings.get(0).getMessage());
        assertTrue(PasswordHash.matches(banner.group(1).toCharArray(), admin.getPasswordHash()),
                "the printed password is the administrator's");
    }

    @Test
    void theConfiguredPasswordIsUsedAndNeverPrinted() {
        jurisdictions.add(Jurisdiction.city("359900000000", "江州市"));

        bootstrap("Initial#2026x", null, null).ensureSystemAdministrator();

        UserAccount admin = users.findByUsername("admin").orElseThrow();
        assertTrue(PasswordHash.matches("Initial#2026x".toCharArray(), admin.getPasswordHash()));
        assertEquals("359900000000", admin.getJurisdiction().getCode());
        assertTrue(log.stream().noneMatch(record -> record.getMessage().contains("Initial#2026x")));
        assertTrue(logged(Level.WARNING).isEmpty());
    }

    @Test
    void aConfiguredPasswordBelowThePolicyCreatesNothing() {
        jurisdictions.add(Jurisdiction.city("359900000000", "江州市"));

        bootstrap("admin123", null, null).ensureSystemAdministrator();

        assertTrue(users.stored.isEmpty());
        assertEquals(1, logged(Level.SEVERE).size());
        assertTrue(logged(Level.SEVERE).get(0).getMessage().contains("WORKBENCH_ADMIN_INITIAL_PASSWORD"));
    }

    @Test
    void withoutACityAndItsConfigurationNothingIsCreated() {
        bootstrap(null, "350100000000", null).ensureSystemAdministrator();

        assertTrue(users.stored.isEmpty());
        assertTrue(jurisdictions.stored.isEmpty());
        assertEquals(1, logged(Level.SEVERE).size());
        assertTrue(logged(Level.SEVERE).get(0).getMessage().contains("WORKBENCH_CITY_NAME"));
        assertTrue(logged(Level.WARNING).isEmpty(), "no password printed for an account that does not exist");
    }

    @Test
    void aMalformedCityCodeCreatesNothing() {
        bootstrap(null, "3501", "福州市").ensureSystemAdministrator();

        assertTrue(users.stored.isEmpty());
        assertTrue(jurisdictions.stored.isEmpty());
        assertEquals(1, logged(Level.SEVERE).size());
    }

    @Test
    void anEnabledSystemAdministratorMeansNothingToDo() {
        Jurisdiction city = jurisdictions.add(Jurisdiction.city("359900000000", "江州市"));
        users.add(new UserAccount("root.admin", "管理员", Set.of(Role.SYSTEM_ADMIN), city, "x", LocalDateTime.now(CLOCK)));

        bootstrap(null, null, null).ensureSystemAdministrator();

        assertEquals(1, users.stored.size());
        assertTrue(log.isEmpty());
    }

    @Test
    void aDisabledAdminAccountIsReportedNotReplaced() {
        Jurisdiction city = jurisdictions.add(Jurisdiction.city("359900000000", "江州市"));
        UserAccount disabled = users.add(new UserAccount("admin", "管理员", Set.of(Role.SYSTEM_ADMIN), city, "x",
                LocalDateTime.now(CLOCK)));
        disabled.disable(2);

        bootstrap(null, null, null).ensureSystemAdministrator();

        assertEquals(1, users.stored.size());
        assertEquals(1, logged(Level.SEVERE).size());
    }

    private static final class Users implements UserAccountRepository {

        final List<UserAccount> stored = new ArrayList<>();

        @Override
        public Optional<UserAccount> find(long id) {
            return Optional.empty();
        }

        @Override
        public Optional<UserAccount> findByUsername(String username) {
            return stored.stream().filter(user -> user.getUsername().equals(username)).findFirst();
        }

        @Override
        public List<UserAccount> list() {
            return List.copyOf(stored);
        }

        @Override
        public long countWithRole(Role role) {
            return stored.stream().filter(user -> user.getRoles().contains(role)).count();
        }

        @Override
        public long countEnabledWithRole(Role role) {
            return stored.stream().filter(user -> user.isEnabled() && user.getRoles().contains(role)).count();
        }

        @Override
        public UserAccount add(UserAccount account) {
            stored.add(account);
            return account;
        }
    }

    private static final class Jurisdictions implements JurisdictionRepository {

        final List<Jurisdiction> stored = new ArrayList<>();

        @Override
        public Optional<Jurisdiction> find(long id) {
            return Optional.empty();
        }

        @Override
        public Optional<Jurisdiction> findByCode(String code) {
            return stored.stream().filter(j -> j.getCode().equals(code)).findFirst();
        }

        @Override
        public List<Jurisdiction> list(Long parentId, JurisdictionLevel level) {
            return stored.stream().filter(j -> level == null || j.getLevel() == level).toList();
        }

        @Override
        public Jurisdiction add(Jurisdiction jurisdiction) {
            stored.add(jurisdiction);
            return jurisdiction;
        }

        @Override
        public void remove(Jurisdiction jurisdiction) {
            stored.remove(jurisdiction);
        }

        @Override
        public boolean isReferenced(long id) {
            return false;
        }
    }
}
