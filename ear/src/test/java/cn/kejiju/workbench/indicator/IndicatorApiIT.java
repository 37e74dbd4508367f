package cn.kejiju.workbench.indicator;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.TestData;
import cn.kejiju.workbench.enterprise.CreditCode;
import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.enterprise.EnterpriseKind;
import cn.kejiju.workbench.enterprise.EnterpriseProfile;
import cn.kejiju.workbench.enterprise.HighTechCertificate;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.todo.TodoItem;
import cn.kejiju.workbench.todo.TodoRefresh;
import cn.kejiju.workbench.todo.TodoRepository;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The innovation indicators through the API (as clients, with the demo tokens: the city's read-write one records,
 * 云岭县's sees its county only): patents and yearly figures with their tallies, the high-tech pipeline to a
 * recognition that writes the enterprise's certificate, county isolation and stale versions; and in the
 * container, the renewal reminders the to-do feed raises from the certificates in master data.
 */
@ExtendWith(ArquillianExtension.class)
class IndicatorApiIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(IndicatorApiIT.class, TestData.class, BureauClock.class, Api.class, Api.Reply.class);
    }

    @Inject
    TodoRefresh refresh;

    @Inject
    TodoRepository todos;

    @Inject
    UserTransaction transaction;

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    static Reply send(String method, String path, String json, String token) {
        return Api.send(Api.request(path, token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    static long id(Reply reply) {
        return reply.json().getJsonNumber("id").longValue();
    }

    static long version(Reply reply) {
        return reply.json().getJsonNumber("version").longValue();
    }

    static long enterprise(long township) {
        Reply created = Api.post("/api/v1/enterprises", TestData.enterpriseJson(TestData.creditCode(),
                TestData.uniqueName("指标企业"), township));
        assertEquals(201, created.status(), created.body());
        return id(created);
    }

    static Reply patent(long enterprise, String type, LocalDate applied, LocalDate granted, String token) {
        String number = "CN" + System.nanoTime() % 1_000_000_000_000L + ".X";
        return send("POST", "/api/v1/indicators/patents", """
                {"enterpriseId":%d,"number":"%s","title":"一种测试装置","type":"%s","appliedOn":"%s",%s"status":"%s"}
                """.formatted(enterprise, number, type, applied, granted == null ? "" : "\"grantedOn\":\"" + granted
                + "\",", granted == null ? "PENDING" : "GRANTED"), token);
    }

    static void assertProblem(Reply reply, int status, String type) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith(PROBLEM), reply.header("Content-Type"));
        assertTrue(reply.json().getString("type").endsWith(type), reply.body());
    }

    static long count(JsonObject tally, String type, String what) {
        return tally.getJsonArray("patents").stream().map(JsonObject.class::cast)
                .filter(t -> t.getString("type").equals(type)).findFirst().orElseThrow().getJsonNumber(what).longValue();
    }

    @Test
    @RunAsClient
    void patentsAndYearlyFiguresAreRecordedAndCountedByType() {
        LocalDate today = BureauClock.today();
        LocalDate from = today.minusDays(30);
        String tallyPath = "/api/v1/indicators/tally?from=" + from + "&to=" + today + "&countyId="
                + TestData.COUNTY_LINJIANG;
        JsonObject before = Api.get(tallyPath).json();
        long enterprise = enterprise(TestData.TOWNSHIP_CHENGGUAN);
        Reply invention = patent(enterprise, "INVENTION", today.minusDays(20), today.minusDays(2), Api.CITY_RW);
        assertEquals(201, invention.status(), invention.body());
        assertEquals("GRANTED", invention.json().getString("status"));
        assertEquals(201, patent(enterprise, "INVENTION", today.minusDays(10), null, Api.CITY_RW).status());
        assertEquals(201, patent(enterprise, "DESIGN", today.minusDays(5), null, Api.CITY_RW).status());
        assertProblem(patent(enterprise, "DESIGN", today.minusDays(5), today.minusDays(6), Api.CITY_RW), 422,
                "rule.indicator.patent.grantDate");

        JsonObject after = Api.get(tallyPath).json();
        assertEquals(count(before, "INVENTION", "applied") + 2, count(after, "INVENTION", "applied"));
        assertEquals(count(before, "INVENTION", "granted") + 1, count(after, "INVENTION", "granted"));
        assertEquals(count(before, "DESIGN", "applied") + 1, count(after, "DESIGN", "applied"));
        assertEquals(count(before, "UTILITY_MODEL", "applied"), count(after, "UTILITY_MODEL", "applied"));

        JsonObject listed = Api.get("/api/v1/indicators/patents?enterpriseId=" + enterprise + "&type=INVENTION&size=1")
                .json();
        assertEquals(2, listed.getJsonNumber("total").longValue());
        JsonObject second = Api.get("/api/v1/indicators/patents?enterpriseId=" + enterprise
                + "&type=INVENTION&size=1&after=" + listed.getString("next")).json();
        assertEquals(id(invention), second.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue(),
                "newest filing first, the older one after the cursor");

        String number = invention.json().getString("number");
        assertProblem(send("POST", "/api/v1/indicators/patents", """
                {"enterpriseId":%d,"number":"%s","title":"重复","type":"DESIGN","appliedOn":"%s","status":"PENDING"}
                """.formatted(enterprise, number, today), Api.CITY_RW), 409, "conflict.indicator.patent.numberTaken");

        int year = today.getYear();
        Reply figures = send("POST", "/api/v1/indicators/figures", """
                {"enterpriseId":%d,"year":%d,"rdSpending":"1234567.8","highTechProducts":2,"productNames":"甲、乙"}
                """.formatted(enterprise, year), Api.CITY_RW);
        assertEquals(201, figures.status(), figures.body());
        assertEquals("1234567.80", figures.json().getString("rdSpending"));
        assertEquals("123.45678", figures.json().getString("rdSpendingWan"));
        assertProblem(send("POST", "/api/v1/indicators/figures", """
                {"enterpriseId":%d,"year":%d,"rdSpending":"1","highTechProducts":0}
                """.formatted(enterprise, year), Api.CITY_RW), 409, "conflict.indicator.figures.yearTaken");
        String revision = """
                {"version":%d,"rdSpending":"2000000.00","highTechProducts":3}""";
        Reply revised = send("PUT", "/api/v1/indicators/figures/" + id(figures),
                revision.formatted(version(figures)), Api.CITY_RW);
        assertEquals(200, revised.status(), revised.body());
        assertEquals("2000000.00", revised.json().getString("rdSpending"));
        assertProblem(send("PUT", "/api/v1/indicators/figures/" + id(figures), revision.formatted(version(figures)),
                Api.CITY_RW), 409, "conflict.record.staleVersion");
        assertEquals(1, Api.get("/api/v1/indicators/figures?enterpriseId=" + enterprise).json()
                .getJsonArray("items").size());
    }

    @Test
    @RunAsClient
    void thePipelineToRecognitionWritesTheEnterprisesCertificate() {
        LocalDate today = BureauClock.today();
        long enterprise = enterprise(TestData.TOWNSHIP_CHENGGUAN);
        Reply entered = send("POST", "/api/v1/indicators/high-tech", """
                {"enterpriseId":%d,"enteredOn":"%s","note":"研发投入达标"}""".formatted(enterprise, today.minusDays(60)),
                Api.CITY_RW);
        assertEquals(201, entered.status(), entered.body());
        assertEquals("CULTIVATING", entered.json().getString("stage"));
        long id = id(entered);
        assertProblem(send("POST", "/api/v1/indicators/high-tech", """
                {"enterpriseId":%d,"enteredOn":"%s"}""".formatted(enterprise, today), Api.CITY_RW), 409,
                "conflict.indicator.highTech.alreadyInPipeline");
        assertProblem(send("POST", "/api/v1/indicators/high-tech/" + id + "/recognition", """
                {"version":%d,"certificateNo":"GR1","issuedOn":"%s"}""".formatted(version(entered), today),
                Api.CITY_RW), 422, "rule.indicator.highTech.step");

        Reply applied = send("POST", "/api/v1/indicators/high-tech/" + id + "/application", """
                {"version":%d,"applicationYear":%d,"submittedOn":"%s"}""".formatted(version(entered), today.getYear(),
                today.minusDays(30)), Api.CITY_RW);
        assertEquals(200, applied.status(), applied.body());
        assertProblem(send("POST", "/api/v1/indicators/high-tech/" + id + "/failure", """
                {"version":%d,"reason":"过期的版本"}""".formatted(version(entered)), Api.CITY_RW), 409,
                "conflict.record.staleVersion");

        String certificate = "GR" + (System.nanoTime() % 1_000_000_000_000L);
        LocalDate issued = today.minusDays(1);
        Reply recognised = send("POST", "/api/v1/indicators/high-tech/" + id + "/recognition", """
                {"version":%d,"certificateNo":"%s","issuedOn":"%s"}""".formatted(version(applied), certificate,
                issued), Api.CITY_RW);
        assertEquals(200, recognised.status(), recognised.body());
        assertEquals("RECOGNISED", recognised.json().getString("stage"));
        JsonObject held = recognised.json().getJsonObject("certificate");
        assertEquals(certificate, held.getString("number"));
        assertEquals(issued.plusYears(3).minusDays(1).toString(), held.getString("validUntil"));
        assertEquals("VALID", held.getString("state"));

        JsonObject master = Api.get("/api/v1/enterprises/" + enterprise).json();
        assertEquals(certificate, master.getString("highTechCertificateNo"), "one source of truth: master data");
        assertEquals(issued.plusYears(3).minusDays(1).toString(), master.getString("highTechValidUntil"));
        assertTrue(master.getBoolean("highTech"));

        JsonObject listed = Api.get("/api/v1/indicators/high-tech?stage=RECOGNISED&q="
                + java.net.URLEncoder.encode(master.getString("name"), StandardCharsets.UTF_8)).json();
        assertEquals(1, listed.getJsonNumber("total").longValue());
        JsonObject expiring = Api.get("/api/v1/indicators/high-tech?expiringWithinMonths=6&q="
                + java.net.URLEncoder.encode(master.getString("name"), StandardCharsets.UTF_8)).json();
        assertEquals(0, expiring.getJsonNumber("total").longValue(), "valid for three years: not expiring");
    }

    @Test
    @RunAsClient
    void aCountySeesAndRecordsOnlyItsOwn() {
        LocalDate today = BureauClock.today();
        long linjiang = enterprise(TestData.TOWNSHIP_CHENGGUAN);
        Reply patent = patent(linjiang, "UTILITY_MODEL", today.minusDays(3), null, Api.CITY_RW);
        assertEquals(201, patent.status(), patent.body());
        assertProblem(Api.send(Api.request("/api/v1/indicators/patents/" + id(patent), Api.YUNLING_RW).GET().build()),
                404, "not-found");
        JsonObject seen = Api.send(Api.request("/api/v1/indicators/patents?enterpriseId=" + linjiang, Api.YUNLING_RW)
                .GET().build()).json();
        assertEquals(0, seen.getJsonNumber("total").longValue());
        assertProblem(patent(linjiang, "DESIGN", today, null, Api.YUNLING_RW), 422, "rule.indicator.enterpriseUnknown");
        assertEquals(403, Api.send(Api.request("/api/v1/indicators/patents?countyId=" + TestData.COUNTY_LINJIANG,
                Api.YUNLING_RW).GET().build()).status());
        long yunling = enterprise(TestData.TOWNSHIP_CHASHAN);
        assertEquals(201, patent(yunling, "DESIGN", today, null, Api.YUNLING_RW).status());
        assertEquals(403, patent(yunling, "DESIGN", today, null, Api.CITY_RO).status());
    }

    @Test
    void certificatesDueForRenewalOrExpiredRemindTheProjectsClerks() throws Exception {
        LocalDate today = BureauClock.today();
        long due = stored(new HighTechCertificate("GR-DUE-" + System.nanoTime() % 100_000_000, today.plusMonths(3)));
        long expired = stored(new HighTechCertificate("GR-EXP-" + System.nanoTime() % 100_000_000,
                today.minusDays(10)));
        long valid = stored(new HighTechCertificate("GR-OK-" + System.nanoTime() % 100_000_000, today.plusYears(2)));

        refresh.refreshNow();

        TodoItem renewal = todos.findOpen(HighTechTodoFeed.RENEWAL_DUE, "Enterprise", String.valueOf(due))
                .orElseThrow(() -> new AssertionError("no renewal reminder"));
        assertEquals("PROJECT_CLERK", renewal.getRole());
        assertEquals(TestData.COUNTY_LINJIANG, renewal.getCountyId());
        assertEquals("/indicator/enterprise.xhtml?id=" + due, renewal.getLink());
        assertTrue(todos.findOpen(HighTechTodoFeed.EXPIRED, "Enterprise", String.valueOf(expired)).isPresent());
        assertFalse(todos.findOpen(HighTechTodoFeed.RENEWAL_DUE, "Enterprise", String.valueOf(valid)).isPresent());

        transaction.begin();
        em.find(Enterprise.class, due).recogniseHighTech(new HighTechCertificate("GR-NEW", today.plusYears(3)),
                BureauClock.clock());
        transaction.commit();
        refresh.refreshNow();
        assertTrue(todos.findOpen(HighTechTodoFeed.RENEWAL_DUE, "Enterprise", String.valueOf(due)).isEmpty(),
                "renewed: the reminder is resolved");
    }

    private long stored(HighTechCertificate certificate) throws Exception {
        transaction.begin();
        Jurisdiction township = em.find(Jurisdiction.class, TestData.TOWNSHIP_CHENGGUAN);
        Enterprise enterprise = new Enterprise(CreditCode.of(TestData.creditCode()), new EnterpriseProfile(
                TestData.uniqueName("高企"), EnterpriseKind.ENTERPRISE, null, township, null, null, null, certificate,
                null), BureauClock.clock());
        em.persist(enterprise);
        transaction.commit();
        return enterprise.getId();
    }
}
