package cn.kejiju.workbench.project;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.TestData;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Applications to higher levels through the API: a call published, an application of a 云岭县 consortium prepared
 * with 云岭县's token and a document, the recommendation refused to its preparer (maker-checker) and taken by the
 * city's token, the path to 立项 with the grant and its tranches (one over the grant refused, nothing changed), and
 * county isolation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProjectApiIT {

    private static final String PROBLEM = "application/problem+json";
    private static final String PREPARER = Api.YUNLING_RW;
    private static final String CITY = Api.CITY_RW;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

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

    static Reply created(Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        return reply;
    }

    static Reply ok(Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply;
    }

    static void refused(Reply reply, int status, String type) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith(PROBLEM), reply.header("Content-Type"));
        assertTrue(reply.json().getString("type").endsWith(type), reply.body());
    }

    /** A national programme and an open call of it with a cap of 1,000,000 yuan. */
    static long openCall() {
        long programme = id(created(send("POST", "/api/v1/projects/programmes", """
                {"name":"%s","level":"NATIONAL","kindCode":"INNOVATION_FUND","authority":"科学技术部"}
                """.formatted(TestData.uniqueName("测试创新基金")), CITY)));
        LocalDate today = BureauClock.today();
        Reply call = created(send("POST", "/api/v1/projects/calls", """
                {"programmeId":%d,"year":%d,"title":"测试申报指南","opensOn":"%s","closesOn":"%s",
                 "budget":"50000000.00","capPerProject":"1000000.00","eligibility":"科技型中小企业"}
                """.formatted(programme, today.getYear(), today.minusDays(10), today.plusDays(30)), CITY));
        assertEquals("1000000.00", call.json().getString("capPerProject"));
        assertEquals("NATIONAL", call.json().getString("level"));
        return id(call);
    }

    static long enterprise(long township, String token) {
        Reply created = Api.send(Api.request("/api/v1/enterprises", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TestData.enterpriseJson(TestData.creditCode(),
                        TestData.uniqueName("申报企业"), township), StandardCharsets.UTF_8)).build());
        return id(created(created));
    }

    static Reply prepare(long call, long lead, long partner, String requested, String token) {
        return send("POST", "/api/v1/projects/applications", """
                {"callId":%d,"leadId":%d,"partnerIds":[%d],"title":"智能传感器研发","field":"电子信息",
                 "total":"3000000.00","selfRaised":"%s","requested":"%s"}
                """.formatted(call, lead, partner, new java.math.BigDecimal("3000000.00")
                .subtract(new java.math.BigDecimal(requested)).toPlainString(), requested), token);
    }

    static Reply upload(long application, byte[] bytes, String token) {
        return upload("/api/v1/projects/applications/" + application + "/documents", "申报书.png", bytes, token);
    }

    /** Uploads a file as the part {@code file} of a multipart form to a documents endpoint. */
    static Reply upload(String documents, String fileName, byte[] bytes, String token) {
        String boundary = "----proj" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return Api.send(Api.request(documents, token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    static Reply step(long id, long version, String step, String extra, String token) {
        return send("POST", "/api/v1/projects/applications/" + id + "/steps", """
                {"version":%d,"step":"%s","on":"%s"%s}
                """.formatted(version, step, BureauClock.today(), extra), token);
    }

    @Test
    void preparedRecommendedWonAndFundedWithinTheGrant() {
        long call = openCall();
        long lead = enterprise(TestData.TOWNSHIP_CHASHAN, PREPARER);
        long partner = enterprise(TestData.TOWNSHIP_CHASHAN, PREPARER);

        refused(prepare(call, lead, partner, "1000000.01", PREPARER), 422, "project.budget.aboveCap");
        refused(send("POST", "/api/v1/projects/applications", """
                {"callId":%d,"leadId":%d,"title":"课题","field":"电子信息","total":"100.00","selfRaised":"40.00",
                 "requested":"50.00"}""".formatted(call, lead), PREPARER), 422, "project.budget.sum");

        Reply prepared = created(prepare(call, lead, partner, "800000.00", PREPARER));
        long id = id(prepared);
        assertEquals("PREPARING", prepared.json().getString("status"));
        assertEquals("800000.00", prepared.json().getString("requested"));
        assertEquals(3, prepared.json().getJsonObject("county").getInt("id"));
        assertEquals(1, Api.get("/api/v1/projects/applications?enterpriseId=" + partner).json().getInt("total"));
        assertEquals(1, prepared.json().getJsonArray("partners").size(), prepared.body());
        assertEquals(partner, prepared.json().getJsonArray("partners").getJsonObject(0).getJsonNumber("id").longValue());
        ok(send("POST", "/api/v1/projects/applications/" + id + "/help", """
                {"version":%d,"helpKind":"RECOMMENDATION_LETTER","on":"%s","note":"出具县局推荐函"}
                """.formatted(version(prepared), BureauClock.today()), PREPARER));

        long current = version(Api.get("/api/v1/projects/applications/" + id));
        refused(step(id, current, "RECOMMEND", "", CITY), 422, "project.application.documentsMissing");
        created(upload(id, TestData.png(), PREPARER));
        JsonObject documents = Api.get("/api/v1/projects/applications/" + id + "/documents").json();
        assertEquals(1, documents.getJsonArray("items").size());
        assertEquals(200, Api.get("/api/v1/" + documents.getJsonArray("items").getJsonObject(0).getString("href"))
                .status());

        refused(step(id, current, "RECOMMEND", "", PREPARER), 422, "project.application.ownPreparation");
        assertEquals("PREPARING", Api.get("/api/v1/projects/applications/" + id).json().getString("status"));
        Reply recommended = ok(step(id, current, "RECOMMEND", ",\"note\":\"同意推荐\"", CITY));
        assertEquals("RECOMMENDED", recommended.json().getString("status"));
        refused(upload(id, TestData.png(), PREPARER), 422, "project.application.notNow");
        refused(step(id, version(recommended), "WIN", ",\"grant\":\"1.00\"", CITY), 422,
                "project.application.stepNotAllowed");

        Reply lodged = ok(step(id, version(recommended), "LODGE", "", PREPARER));
        Reply reviewed = ok(step(id, version(lodged), "REVIEW", "", PREPARER));
        refused(step(id, version(reviewed), "WIN", ",\"grant\":\"800000.01\"", PREPARER), 422,
                "project.grant.aboveRequested");
        Reply won = ok(step(id, version(reviewed), "WIN", ",\"grant\":\"600000.00\"", PREPARER));
        assertEquals("WON", won.json().getString("status"));
        assertEquals("600000.00", won.json().getString("granted"));

        Reply first = ok(send("POST", "/api/v1/projects/applications/" + id + "/tranches", """
                {"version":%d,"on":"%s","amount":"400000.00","note":"首期"}
                """.formatted(version(won), BureauClock.today()), PREPARER));
        assertEquals("400000.00", first.json().getString("received"));
        refused(send("POST", "/api/v1/projects/applications/" + id + "/tranches", """
                {"version":%d,"on":"%s","amount":"200000.01"}
                """.formatted(version(first), BureauClock.today()), PREPARER), 422, "project.tranche.aboveGrant");
        JsonObject after = Api.get("/api/v1/projects/applications/" + id).json();
        assertEquals("400000.00", after.getString("received"));
        assertEquals(version(first), after.getJsonNumber("version").longValue());
        Reply second = ok(send("POST", "/api/v1/projects/applications/" + id + "/tranches", """
                {"version":%d,"on":"%s","amount":"200000.00"}
                """.formatted(version(first), BureauClock.today()), PREPARER));
        assertEquals("600000.00", second.json().getString("received"));
        long tranches = second.json().getJsonArray("events").stream()
                .filter(e -> e.asJsonObject().getString("kind").equals("TRANCHE")).count();
        assertEquals(2, tranches);

        JsonObject listed = Api.get("/api/v1/projects/applications?status=WON&level=NATIONAL&size=200", null,
                PREPARER).json();
        assertTrue(listed.getJsonArray("items").stream().anyMatch(
                r -> r.asJsonObject().getJsonNumber("id").longValue() == id), listed.toString());
        JsonObject ofPartner = Api.get("/api/v1/projects/applications?enterpriseId=" + partner).json();
        assertEquals(1, ofPartner.getJsonArray("items").size());
    }

    @Test
    void aCountySeesItsOwnApplicationsOnly() {
        long call = openCall();
        long theirs = id(created(prepare(call, enterprise(TestData.TOWNSHIP_CHENGGUAN, CITY),
                enterprise(TestData.TOWNSHIP_CHENGGUAN, CITY), "500000.00", CITY)));
        assertEquals(404, Api.get("/api/v1/projects/applications/" + theirs, null, PREPARER).status());
        assertEquals(404, Api.get("/api/v1/projects/applications/" + theirs + "/documents", null, PREPARER).status());
        JsonObject mine = Api.get("/api/v1/projects/applications?size=200", null, PREPARER).json();
        assertFalse(mine.getJsonArray("items").stream().anyMatch(
                r -> r.asJsonObject().getJsonObject("county").getInt("id") != 3), mine.toString());
        assertEquals(403, Api.get("/api/v1/projects/applications?countyId=" + TestData.COUNTY_LINJIANG, null,
                PREPARER).status());
        refused(step(theirs, 0, "LODGE", "", PREPARER), 404, "not-found");
        refused(prepare(call, enterprise(TestData.TOWNSHIP_CHENGGUAN, CITY), enterprise(TestData.TOWNSHIP_CHASHAN,
                PREPARER), "500000.00", PREPARER), 422, "project.application.enterpriseUnknown");
        JsonObject city = Api.get("/api/v1/projects/applications?countyId=" + TestData.COUNTY_LINJIANG + "&size=200")
                .json();
        assertTrue(city.getJsonArray("items").stream().anyMatch(
                r -> r.asJsonObject().getJsonNumber("id").longValue() == theirs));
    }
}
