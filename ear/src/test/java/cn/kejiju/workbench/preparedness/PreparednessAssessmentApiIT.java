package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.time.LocalDateTime;

import static cn.kejiju.workbench.preparedness.PreparednessFixtures.LINJIANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The township assessment as an integrator sees it: pre-fill, scoring, confirmation and freezing, isolation. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PreparednessAssessmentApiIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static JsonObject line(JsonObject assessment, String code) {
        for (JsonValue line : assessment.getJsonArray("criteria")) {
            if (line.asJsonObject().getString("code").equals(code)) {
                return line.asJsonObject();
            }
        }
        throw new AssertionError("no criterion " + code + " in " + assessment);
    }

    /** Whether the answer leaves the field out (JSON-B writes no nulls) or writes it null. */
    private static boolean absent(JsonObject object, String field) {
        return !object.containsKey(field) || object.isNull(field);
    }

    private static BigDecimal decimal(JsonObject object, String field) {
        return object.getJsonNumber(field).bigDecimalValue();
    }

    private static void assertProblem(Reply reply, int status, String field) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith(PROBLEM), reply.header("Content-Type"));
        if (field != null) {
            assertEquals(field, reply.json().getJsonArray("errors").getJsonObject(0).getString("field"), reply.body());
        }
    }

    private static String manualScores(Long version, String publicity) {
        return "{" + (version == null ? "" : "\"version\":" + version + ",") + "\"scores\":["
                + "{\"code\":\"organisation\",\"score\":18,\"evidence\":\"成立防震减灾工作领导小组\"},"
                + "{\"code\":\"network\",\"score\":15.5,\"evidence\":\"村（社区）宏观测报员配齐\"},"
                + "{\"code\":\"modelSchools\",\"score\":12,\"evidence\":\"创建县级示范学校一所\"}" + publicity + "]}";
    }

    private static Reply put(String path, String json, String token) {
        return Api.send(Api.request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static Reply post(String path, String json, String token) {
        return Api.send(Api.request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    @Test
    void aTownshipIsScoredFromItsEventsAndFrozenOnceConfirmed() {
        LocalDateTime held = BureauClock.now().minusDays(2).withHour(9).withMinute(30).withSecond(0).withNano(0);
        int year = held.getYear();
        long township = PreparednessFixtures.township().getJsonNumber("id").longValue();
        long campaign = PreparednessFixtures.campaign(BureauClock.today());
        PreparednessFixtures.approved(campaign, township, held, "SQUARE", "镇文化广场", 600, 80, 0);
        PreparednessFixtures.approved(campaign, township, held.minusHours(1), "SCHOOL", "镇中心小学", 400, 0, 350);
        PreparednessFixtures.event(campaign, township, held.minusHours(2), "VILLAGE", "东坑村", 100, 0, 0);
        String path = "/api/v1/preparedness/assessments/townships/" + township + "?year=" + year;

        JsonObject fresh = Api.get(path).json();
        assertEquals(2, fresh.getJsonObject("facts").getInt("events"), "the recorded event awaits approval");
        assertEquals(1, fresh.getJsonObject("facts").getInt("drills"));
        assertEquals(350, fresh.getJsonObject("facts").getInt("drillParticipants"));
        assertEquals(1, fresh.getJsonObject("facts").getInt("registerRequired"), "its assistant; it has no villages");
        assertEquals(0, fresh.getJsonObject("facts").getInt("registerFilled"));
        assertEquals(new BigDecimal("12.5"), decimal(line(fresh, "publicity"), "suggested"), "25 × 2 / 4 events");
        assertEquals(new BigDecimal("10.0"), decimal(line(fresh, "drills"), "suggested"), "20 × 1 / 2 drills");
        assertTrue(absent(line(fresh, "network"), "suggested"), "三网一员 is scored by hand");
        assertTrue(absent(fresh, "status"));

        // a pre-filled score changed without a reason is refused next to the field
        assertProblem(Api.put(path, manualScores(null, ",{\"code\":\"publicity\",\"score\":20}")), 422,
                "scores[3].reason");
        // a manual score without evidence too
        assertProblem(Api.put(path, "{\"scores\":[{\"code\":\"organisation\",\"score\":18}]}"), 422,
                "scores[0].evidence");

        Reply scored = Api.put(path, manualScores(null,
                ",{\"code\":\"publicity\",\"score\":20,\"reason\":\"县电视台专题报道两次\"}"));
        assertEquals(200, scored.status(), scored.body());
        JsonObject assessment = scored.json();
        assertEquals("SCORING", assessment.getString("status"));
        assertEquals(new BigDecimal("20.0"), decimal(line(assessment, "publicity"), "score"));
        assertEquals(new BigDecimal("12.5"), decimal(line(assessment, "publicity"), "offered"));
        assertEquals("县电视台专题报道两次", line(assessment, "publicity").getString("reason"));
        assertEquals(new BigDecimal("10.0"), decimal(line(assessment, "drills"), "score"), "taken as pre-filled");
        // 18 + 20 + 10 + 15.5 + 12
        assertEquals(new BigDecimal("75.5"), decimal(assessment, "total"));
        assertEquals("PASS", assessment.getString("grade"));
        long version = assessment.getJsonNumber("version").longValue();

        // a second save needs the version read
        assertProblem(Api.put(path, manualScores(null, "")), 422, "version");
        assertProblem(Api.put(path, manualScores(version + 5, "")), 409, null);

        JsonObject overview = Api.get("/api/v1/preparedness/assessments?year=" + year + "&county=" + LINJIANG).json();
        JsonObject row = overview.getJsonArray("townships").stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getJsonNumber("townshipId").longValue() == township).findFirst().orElseThrow();
        assertEquals(new BigDecimal("75.5"), decimal(row, "total"));
        assertFalse(absent(row, "rank"), "a complete year is ranked");
        assertEquals(90, overview.getInt("excellentFrom"));

        String confirmation = "/api/v1/preparedness/assessments/townships/" + township + "/confirmation";
        assertProblem(Api.post(confirmation, "{\"year\":" + year + ",\"version\":" + (version + 5) + "}"), 409, null);
        Reply confirmed = Api.post(confirmation, "{\"year\":" + year + ",\"version\":" + version + "}");
        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals("CONFIRMED", confirmed.json().getString("status"));
        assertEquals("PASS", confirmed.json().getString("grade"));
        long confirmedVersion = confirmed.json().getJsonNumber("version").longValue();

        // frozen: neither scores nor a second confirmation change it
        Reply refused = Api.put(path, manualScores(confirmedVersion, ""));
        assertProblem(refused, 409, null);
        assertProblem(Api.post(confirmation, "{\"year\":" + year + ",\"version\":" + confirmedVersion + "}"), 409, null);
        assertEquals(new BigDecimal("75.5"), decimal(Api.get(path).json(), "total"));
    }

    @Test
    void anIncompleteYearIsNotConfirmed() {
        int year = BureauClock.today().getYear();
        long township = PreparednessFixtures.township().getJsonNumber("id").longValue();
        String path = "/api/v1/preparedness/assessments/townships/" + township + "?year=" + year;
        Reply scored = Api.put(path, "{\"scores\":[{\"code\":\"organisation\",\"score\":20,\"evidence\":\"年度部署\"}]}");
        assertEquals(200, scored.status(), scored.body());
        assertTrue(absent(scored.json(), "grade"), "no grade while criteria are open");

        Reply refused = Api.post("/api/v1/preparedness/assessments/townships/" + township + "/confirmation",
                "{\"year\":" + year + ",\"version\":" + scored.json().getJsonNumber("version").longValue() + "}");
        assertProblem(refused, 422, "scores");

        JsonObject row = Api.get("/api/v1/preparedness/assessments?year=" + year + "&county=" + LINJIANG).json()
                .getJsonArray("townships").stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getJsonNumber("townshipId").longValue() == township).findFirst().orElseThrow();
        assertTrue(absent(row, "rank"), "an incomplete year is not ranked");
    }

    @Test
    void anotherCountySeesNothingOfIt() {
        int year = BureauClock.today().getYear();
        long township = PreparednessFixtures.township().getJsonNumber("id").longValue();
        String path = "/api/v1/preparedness/assessments/townships/" + township + "?year=" + year;

        assertProblem(Api.get(path, "zh-CN", Api.YUNLING_RW), 404, null);
        assertProblem(put(path, manualScores(null, ""), Api.YUNLING_RW), 404, null);
        assertProblem(post("/api/v1/preparedness/assessments/townships/" + township + "/confirmation",
                "{\"year\":" + year + ",\"version\":0}", Api.YUNLING_RW), 404, null);
        JsonObject own = Api.get("/api/v1/preparedness/assessments?year=" + year, "zh-CN", Api.YUNLING_RW).json();
        assertTrue(own.getJsonArray("townships").stream().map(JsonValue::asJsonObject)
                .allMatch(t -> t.getJsonNumber("countyId").longValue() == PreparednessFixtures.YUNLING), own.toString());
        assertProblem(Api.get("/api/v1/preparedness/assessments?year=" + year + "&county=" + LINJIANG, "zh-CN",
                Api.YUNLING_RW), 403, null);
    }

    @Test
    void theCriteriaAreTheAdministratorsToSet() {
        int year = BureauClock.today().getYear();
        JsonObject scheme = Api.get("/api/v1/preparedness/assessment-schemes/" + year).json();
        assertEquals(100, scheme.getJsonArray("criteria").stream()
                .mapToInt(c -> c.asJsonObject().getInt("maxScore")).sum());
        assertEquals(60, scheme.getInt("passFrom"));

        Reply refused = Api.put("/api/v1/preparedness/assessment-schemes/" + year,
                "{\"criteria\":[{\"code\":\"all\",\"name\":\"全部\",\"maxScore\":100}]}");
        assertProblem(refused, 403, null);
        assertProblem(Api.get("/api/v1/preparedness/assessment-schemes/1999"), 422, "year");
    }
}
