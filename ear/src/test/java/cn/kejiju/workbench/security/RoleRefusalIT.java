package cn.kejiju.workbench.security;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.PageClient;
import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Calls the caller's role does not allow, as a caller would try them: a read-write token changing the
 * system administrator's settings or reading the audit trail, a read-only token writing, a clerk's and a
 * viewer's page session reading the audit trail through the API, a viewer pressing an enterprise's delete
 * button that the page does not show. Each answers a 403 problem, is audited,
 * and writes no stack trace (nor the EJB container's refusal, AS-EJB-00056) to the server log: the web
 * tier refuses before the service is called.
 */
@ExtendWith(ArquillianExtension.class)
class RoleRefusalIT {

    /** An enterprise of the demo data. */
    private static final long ENTERPRISE = 100;
    private static final Logger LOG = Logger.getLogger(RoleRefusalIT.class.getName());

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(RoleRefusalIT.class, Api.class, Api.Reply.class, PageClient.class);
    }

    @Resource(lookup = "jdbc/workbench")
    DataSource dataSource;

    @Test
    void aRefusedRoleAnswersA403ProblemAndWritesNoStackTrace() throws Exception {
        String settings = Api.send(Api.request("/api/v1/commissioner-settings", Api.CITY_RO).GET().build()).body();
        long before = lastSeq();
        List<String> logBefore = logLines();
        List<String> wrong = new ArrayList<>();

        expectForbidden(wrong, "RW token PUT settings", Api.send(Api.request("/api/v1/commissioner-settings", Api.CITY_RW)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(settings)).build()));
        expectForbidden(wrong, "RO token GET audit-entries", Api.get("/api/v1/audit-entries", "en", Api.CITY_RO));
        expectForbidden(wrong, "RW token GET verification", Api.get("/api/v1/audit-entries/verification", null, Api.CITY_RW));
        expectForbidden(wrong, "RO token POST commissioners", Api.send(Api.request("/api/v1/commissioners", Api.CITY_RO)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build()));
        for (String user : List.of("lj.clerk", "viewer")) {
            PageClient session = new PageClient().login(user, "Demo@2026");
            for (String path : List.of("/api/v1/audit-entries", "/api/v1/audit-entries/verification")) {
                HttpResponse<String> answer = session.api(HttpRequest.newBuilder(URI.create(Api.BASE + path))
                        .header("Accept", "application/json").GET());
                expectForbidden(wrong, user + " session GET " + path, answer.statusCode(),
                        answer.headers().firstValue("Content-Type").orElse(""), answer.body());
            }
        }
        // a reader's page offers no delete; a postback of the button anyway changes nothing and is not refused by the service
        PageClient viewer = new PageClient().login("viewer", "Demo@2026").open("/enterprise/detail.xhtml?id=" + ENTERPRISE);
        if (viewer.status() != 200 || viewer.body().contains("actions:delete")) {
            wrong.add("viewer's enterprise page offers delete: " + viewer.status());
        }
        viewer.ajax("actions", "actions:delete", Map.of());
        if (Api.get("/api/v1/enterprises/" + ENTERPRISE, null, Api.CITY_RO).status() != 200) {
            wrong.add("the viewer deleted enterprise " + ENTERPRISE);
        }
        assertEquals(List.of(), wrong);

        List<String> added = logLinesAfter(logBefore);
        List<String> traces = added.stream().filter(line -> line.startsWith("\tat ") || line.contains("AS-EJB-00056")
                || line.contains("EJBAccessException")).toList();
        assertEquals(List.of(), traces, "a refused role writes no stack trace to the server log");
        assertTrue(deniedAfter(before) >= 8, "every refusal is audited");
    }

    private static void expectForbidden(List<String> wrong, String what, Reply reply) {
        expectForbidden(wrong, what, reply.status(), reply.header("Content-Type"), reply.body());
    }

    private static void expectForbidden(List<String> wrong, String what, int status, String type, String body) {
        if (status != 403 || type == null || !type.startsWith("application/problem+json")) {
            wrong.add(what + ": " + status + " " + type + " " + body);
            return;
        }
        JsonObject problem = Json.createReader(new StringReader(body)).readObject();
        if (!problem.getString("type").equals("urn:workbench:problem:forbidden") || problem.getInt("status") != 403) {
            wrong.add(what + ": " + body);
        }
    }

    private long lastSeq() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement().executeQuery("select coalesce(max(seq), 0) from audit_entry")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private long deniedAfter(long seq) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select count(*) from audit_entry where seq > ? and action = 'ACCESS_DENIED'")) {
            query.setLong(1, seq);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Path serverLog() {
        return Path.of(System.getProperty("com.sun.aas.instanceRoot", "."), "logs", "server.log");
    }

    private static List<String> logLines() throws IOException {
        return Files.exists(serverLog()) ? Files.readAllLines(serverLog(), StandardCharsets.UTF_8) : List.of();
    }

    /**
     * The lines the server log gained since {@code before}, once a marker logged now has reached it (the
     * server writes its log from a queue, a moment later).
     */
    private static List<String> logLinesAfter(List<String> before) throws IOException, InterruptedException {
        String marker = "role-refusal-marker-" + UUID.randomUUID();
        LOG.warning(marker);
        for (int i = 0; i < 100; i++) {
            List<String> now = logLines();
            if (now.stream().anyMatch(line -> line.contains(marker))) {
                // the log may have rotated in between: then everything in it is new
                boolean continued = now.size() >= before.size() && (before.isEmpty()
                        || now.get(before.size() - 1).equals(before.get(before.size() - 1)));
                return continued ? now.subList(before.size(), now.size()) : now;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the marker did not reach " + serverLog());
    }
}
