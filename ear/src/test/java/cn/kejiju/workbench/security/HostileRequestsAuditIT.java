package cn.kejiju.workbench.security;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.PageClient;
import jakarta.annotation.Resource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Attacks whose trace is the point: a flood of forged tokens (answered 429, one audit entry for the lot)
 * and postbacks with a forged or another session's view state (the expired page with 400, recorded as a
 * possible cross-site request).
 */
@ExtendWith(ArquillianExtension.class)
class HostileRequestsAuditIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(HostileRequestsAuditIT.class, Api.class, Api.Reply.class, PageClient.class);
    }

    @Resource(name = "jdbc/workbench")
    DataSource dataSource;

    private long lastSeq() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement().executeQuery("select coalesce(max(seq), 0) from audit_entry")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** action|actor|detail of the entries after the given sequence number. */
    private List<String> entriesAfter(long seq) throws SQLException {
        List<String> entries = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select action, actor, detail from audit_entry where seq > ? order by seq")) {
            query.setLong(1, seq);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(rows.getString(1) + "|" + rows.getString(2) + "|" + rows.getString(3));
                }
            }
        }
        return entries;
    }

    /** Lines of stack traces in this server's log (the test runs inside the server). */
    private static long stackTraceLines() throws IOException {
        Path log = Path.of(System.getProperty("com.sun.aas.instanceRoot", "."), "logs", "server.log");
        if (!Files.exists(log)) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.startsWith("\tat ")).count();
        }
    }

    @Test
    void aFloodOfForgedTokensIsLimitedAndAuditedAsOne() throws Exception {
        long before = lastSeq();
        long tracesBefore = stackTraceLines();
        List<Integer> statuses = new ArrayList<>();
        Reply limited = null;
        for (int i = 0; i < 300; i++) {
            String forged = "wbt_" + UUID.randomUUID().toString().replace("-", "") + "x".repeat(8);
            Reply reply = Api.sendOnce(Api.request("/api/v1/enterprises", forged).GET().build());
            statuses.add(reply.status());
            if (reply.status() == 429 && limited == null) {
                limited = reply;
            }
        }
        assertTrue(statuses.stream().allMatch(s -> s == 401 || s == 429), statuses.toString());
        assertTrue(statuses.stream().filter(s -> s == 429).count() >= 250, statuses.toString());
        assertTrue(limited.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(429, limited.json().getInt("status"));
        int retryAfter = Integer.parseInt(limited.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, String.valueOf(retryAfter));

        List<String> rejected = entriesAfter(before).stream().filter(e -> e.startsWith("TOKEN_REJECTED|")).toList();
        assertEquals(1, rejected.size(), rejected.toString());
        assertEquals(tracesBefore, stackTraceLines(), "a refused token writes no stack trace to the server log");

        // a valid token from the same address still passes
        assertEquals(200, Api.get("/api/v1/enterprises?size=1", null, Api.CITY_RO).status());
    }

    @Test
    void aPostbackWithAForgedOrForeignViewStateAnswersTheExpiredPageWith400AndIsAudited() throws Exception {
        PageClient other = new PageClient().login("yl.clerk", "Demo@2026").open("/enterprise/list.xhtml");
        String foreign = other.viewState();
        assertTrue(foreign != null && !foreign.isBlank(), other.body());

        long before = lastSeq();
        for (String viewState : List.of("forged", "-1234567890:987654321", foreign, "")) {
            PageClient clerk = new PageClient().login("lj.clerk", "Demo@2026").open("/enterprise/list.xhtml");
            clerk.submit("filters", Map.of(), "search", viewState);
            assertEquals(400, clerk.status(), viewState + ": " + clerk.body());
            assertTrue(clerk.body().contains("页面已过期"), clerk.body());
            assertFalse(clerk.body().contains("at cn.kejiju"), clerk.body());
        }
        List<String> entries = entriesAfter(before).stream()
                .filter(e -> e.startsWith("ACCESS_DENIED|lj.clerk|") && e.contains("possible cross-site request")).toList();
        assertEquals(4, entries.size(), entriesAfter(before).toString());
    }
}
