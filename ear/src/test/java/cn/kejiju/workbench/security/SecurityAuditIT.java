package cn.kejiju.workbench.security;

import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.AsSecurityAdmin;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.PageClient;
import cn.kejiju.workbench.TestData;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of security event lands in the audit trail: sign-in success and failure, lockout,
 * password change, logout, denied access (a role, a write without a write token, another county's
 * record), token creation, rejection and revocation.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityAuditIT {

    private static final String PASSWORD = "Audit#Pass2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(SecurityAuditIT.class, TestAccounts.class, PageClient.class, Api.class,
                Api.Reply.class, TestData.class, AsSecurityAdmin.class);
    }

    @Inject
    TestAccounts accounts;

    @Inject
    TokenService tokens;

    @Inject
    AsSecurityAdmin asSecurityAdmin;

    @Resource(name = "jdbc/workbench")
    DataSource dataSource;

    /** action|actor|recordType|detail of the entries after the given sequence number. */
    private List<String> entriesAfter(long seq) throws SQLException {
        List<String> entries = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select action, actor, record_type, detail from audit_entry where seq > ? order by seq")) {
            query.setLong(1, seq);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(rows.getString(1) + "|" + rows.getString(2) + "|" + rows.getString(3) + "|" + rows.getString(4));
                }
            }
        }
        return entries;
    }

    private long lastSeq() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement().executeQuery("select coalesce(max(seq), 0) from audit_entry")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static boolean has(List<String> entries, String action, String actor) {
        return entries.stream().anyMatch(e -> e.startsWith(action + "|" + actor + "|"));
    }

    @Test
    void signInEventsAreRecorded() throws Exception {
        String user = accounts.create("aud", Set.of(Role.VIEWER), 1, PASSWORD, false);
        String changer = accounts.create("audpw", Set.of(Role.VIEWER), 1, "Temp#Pass2026", true);
        long before = lastSeq();

        PageClient browser = new PageClient().login(user, PASSWORD);
        browser.submit("sessionForm", Map.of(), "logout");
        for (int i = 0; i < 5; i++) {
            new PageClient().login(user, "Wrong#Pass" + i);
        }
        new PageClient().login("ghost.user", PASSWORD);
        new PageClient().login(changer, "Temp#Pass2026")
                .submit("newPasswordForm", Map.of("newPassword", "Changed#Pass2026", "repeated", "Changed#Pass2026"), "save");

        List<String> entries = entriesAfter(before);
        assertTrue(has(entries, "LOGIN_SUCCESS", user), entries.toString());
        assertTrue(has(entries, "LOGOUT", user), entries.toString());
        assertTrue(has(entries, "LOGIN_FAILURE", user), entries.toString());
        assertTrue(has(entries, "LOCKOUT", user), entries.toString());
        assertTrue(has(entries, "LOGIN_FAILURE", "ghost.user"), "an unknown user's attempt too: " + entries);
        assertTrue(has(entries, "PASSWORD_CHANGED", changer), entries.toString());
        assertTrue(entries.stream().noneMatch(e -> e.contains("Wrong#Pass") || e.contains(PASSWORD)), "never a password");
    }

    @Test
    void deniedAccessIsRecorded() throws Exception {
        String auditor = accounts.create("audden", Set.of(Role.VIEWER), 1, PASSWORD, false);
        long before = lastSeq();

        PageClient viewer = new PageClient().login(auditor, PASSWORD);
        assertEquals(403, viewer.open("/enterprise/edit.xhtml").status());
        assertEquals(403, Api.send(Api.request("/api/v1/enterprises/100", Api.CITY_RO).DELETE().build()).status());
        assertEquals(404, Api.get("/api/v1/enterprises/100", null, Api.YUNLING_RW).status());

        List<String> entries = entriesAfter(before);
        assertTrue(entries.stream().anyMatch(e -> e.startsWith("ACCESS_DENIED|token:演示-市级只读")), entries.toString());
        assertTrue(entries.stream().anyMatch(e -> e.startsWith("ACCESS_DENIED|token:演示-云岭县读写|Enterprise")), entries.toString());
    }

    @Test
    void tokenEventsAreRecorded() throws Exception {
        long before = lastSeq();
        ApiToken.Issued issued = asSecurityAdmin.call(() -> tokens.issue(new TokenDraft("审计测试令牌", 1L, TokenScope.READ,
                BureauClock.today().plusDays(30))));
        assertEquals(200, Api.get("/api/v1/jurisdictions/2", null, issued.secret()).status());
        asSecurityAdmin.call(() -> tokens.revoke(issued.token().getId()));
        assertEquals(401, Api.get("/api/v1/jurisdictions/2", null, issued.secret()).status());
        assertEquals(401, Api.send(Api.request("/api/v1/jurisdictions/2", "wbt_" + "q".repeat(40)).GET().build()).status());

        List<String> entries = entriesAfter(before);
        String prefix = issued.token().getPrefix();
        assertTrue(entries.stream().anyMatch(e -> e.startsWith("TOKEN_CREATED|") && e.contains("|ApiToken|")), entries.toString());
        assertTrue(entries.stream().anyMatch(e -> e.startsWith("TOKEN_REVOKED|")), entries.toString());
        assertTrue(entries.stream().anyMatch(e -> e.startsWith("TOKEN_REJECTED|token:" + prefix)), entries.toString());
        // the second refusal from the same address within the interval is counted, not recorded on its own
        // (see HostileRequestsAuditIT): an address flooding forged tokens writes one entry per interval
        assertTrue(entries.stream().noneMatch(e -> e.startsWith("TOKEN_REJECTED|token:wbt_qqqqqqqq")), entries.toString());
        assertTrue(entries.stream().noneMatch(e -> e.contains(issued.secret())), "never the secret");
    }
}
