package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.TestData;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tenants through the API: yearly figures (exact 万元, one per year, optimistic locking), merger or listing,
 * graduation as a decision of a write token (read-only tokens refused), only for an eligible tenant, and
 * county isolation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantApiIT {

    private static final String PROBLEM = "application/problem+json";
    static final String HIGH_TECH = "\"highTechCertificateNo\":\"GR202535000001\",\"highTechValidUntil\":\"2028-12-31\",";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    static long carrier() {
        Reply created = Api.post("/api/v1/carriers", CarrierApiIT.carrierJson(2, TestData.uniqueName("毕业测试园")));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    static long unit(long carrier, String room, String area) {
        Reply added = Api.post("/api/v1/carriers/" + carrier + "/units", CarrierApiIT.unitJson(room, area, "20"));
        assertEquals(201, added.status(), added.body());
        return added.json().getJsonNumber("id").longValue();
    }

    /** An enterprise of 临江县, with the test data's high-tech certificate (valid until 2028) or without one. */
    static long enterprise(boolean highTech) {
        String json = TestData.enterpriseJson(TestData.creditCode(), TestData.uniqueName("在孵企业"),
                TestData.TOWNSHIP_CHENGGUAN);
        if (!highTech) {
            assertTrue(json.contains(HIGH_TECH));
            json = json.replace(HIGH_TECH, "");
        }
        Reply created = Api.post("/api/v1/enterprises", json);
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    /** Lets the unit and answers the agreement. */
    static JsonObject let(long enterprise, long carrier, long unit, String start, String end) {
        Reply let = Api.post("/api/v1/agreements", "{\"enterpriseId\":" + enterprise + ",\"carrierId\":" + carrier
                + ",\"unitIds\":[" + unit + "],\"startDate\":\"" + start + "\",\"endDate\":\"" + end + "\"}");
        assertEquals(201, let.status(), let.body());
        return let.json();
    }

    static String figures(Long version, String revenue, String investment, int employees, int applied, int granted) {
        return "{" + (version == null ? "" : "\"version\":" + version + ",") + "\"revenue\":" + revenue
                + ",\"investment\":" + investment + ",\"employees\":" + employees + ",\"patentsApplied\":" + applied
                + ",\"patentsGranted\":" + granted + "}";
    }

    static JsonObject putFigures(long tenant, int year, String json) {
        Reply put = Api.put("/api/v1/tenants/" + tenant + "/figures/" + year, json);
        assertEquals(200, put.status(), put.body());
        return put.json();
    }

    static JsonObject graduate(long tenant, String day) {
        JsonObject read = Api.get("/api/v1/tenants/" + tenant).json();
        Reply graduated = Api.post("/api/v1/tenants/" + tenant + "/graduation",
                "{\"version\":" + read.getInt("version") + ",\"graduationDate\":\"" + day + "\",\"note\":\"认定毕业\"}");
        assertEquals(200, graduated.status(), graduated.body());
        return graduated.json();
    }

    private static void assertProblem(Reply reply, int status, String field) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith(PROBLEM), reply.header("Content-Type"));
        if (field != null) {
            assertEquals(field, reply.json().getJsonArray("errors").getJsonObject(0).getString("field"), reply.body());
        }
    }

    private static List<String> criteria(JsonObject tenant) {
        return tenant.getJsonArray("reasons").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("criterion")).toList();
    }

    @Test
    void revenueOfTwoConsecutiveYearsOverTheThresholdMakesEligibleAndALeaderDecisionGraduates() {
        long carrier = carrier();
        JsonObject agreement = let(enterprise(false), carrier, unit(carrier, "101", "120"), "2024-01-01", "2027-12-31");
        long tenant = agreement.getJsonNumber("incubateeId").longValue();

        JsonObject read = Api.get("/api/v1/tenants/" + tenant).json();
        assertFalse(read.getBoolean("eligible"), read.toString());
        Reply refused = Api.post("/api/v1/tenants/" + tenant + "/graduation",
                "{\"version\":" + read.getInt("version") + ",\"graduationDate\":\"2026-06-30\"}");
        assertProblem(refused, 422, "graduationDate");

        putFigures(tenant, 2023, figures(null, "900", "0", 5, 0, 0));
        JsonObject first = putFigures(tenant, 2024, figures(null, "0.5", "0", 8, 1, 0));
        assertFalse(first.getBoolean("eligible"), "900 + 0.5 across 2023/2024 is not over 1000: " + first);
        long version2024 = first.getJsonArray("figures").getValuesAs(JsonObject.class).stream()
                .filter(y -> y.getInt("year") == 2024).findFirst().orElseThrow().getJsonNumber("version").longValue();
        assertProblem(Api.put("/api/v1/tenants/" + tenant + "/figures/2024", figures(null, "600", "0", 8, 1, 0)),
                409, "year");
        putFigures(tenant, 2024, figures(version2024, "600", "0", 8, 1, 0));
        JsonObject eligible = putFigures(tenant, 2025, figures(null, "450.50", "20", 12, 2, 1));
        assertTrue(eligible.getBoolean("eligible"), eligible.toString());
        assertEquals(List.of("REVENUE"), criteria(eligible));
        String text = eligible.getJsonArray("reasons").getJsonObject(0).getString("text");
        assertTrue(text.contains("2024") && text.contains("2025") && text.contains("1050.5") && text.contains("1000"),
                text);
        JsonObject year2025 = eligible.getJsonArray("figures").getJsonObject(2);
        assertEquals(new BigDecimal("450.50"), year2025.getJsonNumber("revenue").bigDecimalValue());
        assertEquals(12, year2025.getInt("employees"));

        assertProblem(Api.put("/api/v1/tenants/" + tenant + "/figures/2025", figures(null, "1.234", "0", 1, 0, 0)),
                422, "revenue");
        assertProblem(Api.put("/api/v1/tenants/" + tenant + "/figures/1980", figures(null, "1", "0", 1, 0, 0)),
                422, "year");
        assertProblem(Api.put("/api/v1/tenants/" + tenant + "/figures/2022", figures(null, "1", "-1", 1, 0, 0)),
                422, "investment");

        JsonObject again = Api.get("/api/v1/tenants/" + tenant).json();
        String body = "{\"version\":" + again.getInt("version") + ",\"graduationDate\":\"2026-06-30\"}";
        assertProblem(Api.send(Api.request("/api/v1/tenants/" + tenant + "/graduation", Api.CITY_RO)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build()), 403, null);

        JsonObject graduated = graduate(tenant, "2026-06-30");
        assertEquals("GRADUATED", graduated.getString("exitReason"));
        assertEquals("2026-06-30", graduated.getString("exitedOn"));
        assertEquals(List.of("REVENUE"), criteria(graduated));
        JsonObject ended = Api.get("/api/v1/agreements/" + agreement.getInt("id")).json();
        assertEquals("ENDED", ended.getString("status"));
        assertEquals("2026-06-30", ended.getString("endDate"));
        assertEquals("GRADUATED", ended.getString("exitReason"));

        JsonObject after = Api.get("/api/v1/tenants/" + tenant).json();
        assertProblem(Api.post("/api/v1/tenants/" + tenant + "/graduation",
                "{\"version\":" + after.getInt("version") + ",\"graduationDate\":\"2026-07-01\"}"), 409, null);
        JsonObject running = Api.get("/api/v1/tenants?carrierId=" + carrier).json();
        assertEquals(0, running.getInt("total"), "a graduate is no longer a running tenant: " + running);
    }

    @Test
    void highTechInvestmentAndListingEachMakeEligible() {
        long carrier = carrier();
        long highTech = let(enterprise(true), carrier, unit(carrier, "201", "80"), "2025-01-01", "2027-12-31")
                .getJsonNumber("incubateeId").longValue();
        long investor = let(enterprise(false), carrier, unit(carrier, "202", "80"), "2025-01-01", "2027-12-31")
                .getJsonNumber("incubateeId").longValue();
        long listed = let(enterprise(false), carrier, unit(carrier, "203", "80"), "2025-01-01", "2027-12-31")
                .getJsonNumber("incubateeId").longValue();

        assertEquals(List.of("HIGH_TECH"), criteria(Api.get("/api/v1/tenants/" + highTech).json()));

        putFigures(investor, 2024, figures(null, "10", "300", 3, 0, 0));
        JsonObject exactly = putFigures(investor, 2025, figures(null, "10", "200", 3, 0, 0));
        assertFalse(exactly.getBoolean("eligible"), "500 in all is not over 500: " + exactly);
        long version = exactly.getJsonArray("figures").getJsonObject(1).getJsonNumber("version").longValue();
        JsonObject over = putFigures(investor, 2025, figures(version, "10", "200.01", 3, 0, 0));
        assertEquals(List.of("INVESTMENT"), criteria(over));

        JsonObject before = Api.get("/api/v1/tenants/" + listed).json();
        Reply recorded = Api.post("/api/v1/tenants/" + listed + "/listing",
                "{\"version\":" + before.getInt("version") + ",\"kind\":\"LISTED\",\"date\":\"2026-03-18\"}");
        assertEquals(200, recorded.status(), recorded.body());
        assertEquals(List.of("LISTING"), criteria(recorded.json()));
        assertEquals("LISTED", recorded.json().getString("listingKind"));

        JsonObject page = Api.get("/api/v1/tenants?carrierId=" + carrier + "&size=10").json();
        assertEquals(3, page.getInt("total"));
        assertTrue(page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(t -> t.getBoolean("eligible")), page.toString());
    }

    @Test
    void anotherCountysTenantIsNeitherSeenNorGraduated() {
        long carrier = carrier();
        long tenant = let(enterprise(true), carrier, unit(carrier, "301", "50"), "2025-01-01", "2027-12-31")
                .getJsonNumber("incubateeId").longValue();
        assertEquals(404, Api.get("/api/v1/tenants/" + tenant, "zh-CN", Api.YUNLING_RW).status());
        JsonObject read = Api.get("/api/v1/tenants/" + tenant).json();
        String body = "{\"version\":" + read.getInt("version") + ",\"graduationDate\":\"2026-06-30\"}";
        Reply other = Api.send(Api.request("/api/v1/tenants/" + tenant + "/graduation", Api.YUNLING_RW)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());
        assertProblem(other, 404, null);
        JsonObject list = Api.get("/api/v1/tenants?size=200", "zh-CN", Api.YUNLING_RW).json();
        assertTrue(list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(t -> t.getJsonObject("county").getInt("id") == 3), list.toString());
        assertTrue(Api.get("/api/v1/tenants/" + tenant).json().getBoolean("eligible"), "still running in 临江县");
    }
}
