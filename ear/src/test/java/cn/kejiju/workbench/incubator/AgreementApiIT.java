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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tenancy agreements through the API: the letting race (many clerks letting one unit at once), renewal,
 * move and exit keeping one incubation, the rent and relief arithmetic, and county isolation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgreementApiIT {

    private static final String PROBLEM = "application/problem+json";
    private static final int CLERKS = 8;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static long carrier() {
        Reply created = Api.post("/api/v1/carriers", CarrierApiIT.carrierJson(2, TestData.uniqueName("协议测试园")));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static long unit(long carrier, String room, String area, String rent) {
        Reply added = Api.post("/api/v1/carriers/" + carrier + "/units", CarrierApiIT.unitJson(room, area, rent));
        assertEquals(201, added.status(), added.body());
        return added.json().getJsonNumber("id").longValue();
    }

    private static long enterprise() {
        Reply created = Api.post("/api/v1/enterprises", TestData.enterpriseJson(TestData.creditCode(),
                TestData.uniqueName("在孵企业"), TestData.TOWNSHIP_CHENGGUAN));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static String letting(long enterprise, long carrier, long unit, String start, String end) {
        return "{\"enterpriseId\":" + enterprise + ",\"carrierId\":" + carrier + ",\"unitIds\":[" + unit + "],"
                + "\"startDate\":\"" + start + "\",\"endDate\":\"" + end + "\",\"deposit\":6000,"
                + "\"relief\":[{\"fromMonth\":1,\"toMonth\":12,\"percent\":100},{\"fromMonth\":13,\"toMonth\":24,\"percent\":50}]}";
    }

    private static JsonObject let(long enterprise, long carrier, long unit, String start, String end) {
        Reply let = Api.post("/api/v1/agreements", letting(enterprise, carrier, unit, start, end));
        assertEquals(201, let.status(), let.body());
        return let.json();
    }

    private static void assertProblem(Reply reply, int status, String field) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith(PROBLEM), reply.header("Content-Type"));
        assertEquals(field, reply.json().getJsonArray("errors").getJsonObject(0).getString("field"), reply.body());
    }

    @Test
    void clerksLettingOneUnitAtOnceGetOneAgreementAndConflictsNamingIt() throws Exception {
        long carrier = carrier();
        long unit = unit(carrier, "101", "100", "20");
        List<Long> enterprises = new ArrayList<>();
        for (int i = 0; i < CLERKS; i++) {
            enterprises.add(enterprise());
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLERKS);
        List<Future<Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < CLERKS; i++) {
                String body = letting(enterprises.get(i), carrier, unit, "2026-0" + (1 + i) + "-01", "2027-06-30");
                Callable<Reply> clerk = () -> {
                    start.await();
                    return Api.post("/api/v1/agreements", body);
                };
                replies.add(pool.submit(clerk));
            }
            start.countDown();
            List<Reply> answered = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                answered.add(reply.get());
            }
            List<Reply> won = answered.stream().filter(r -> r.status() == 201).toList();
            assertEquals(1, won.size(), answered.stream().map(Reply::body).toList().toString());
            long agreement = won.get(0).json().getJsonNumber("id").longValue();
            for (Reply lost : answered) {
                if (lost.status() == 201) {
                    continue;
                }
                assertProblem(lost, 409, "unitIds");
                String detail = lost.json().getString("detail");
                assertTrue(detail.contains("A座 101") && detail.contains(String.valueOf(agreement)), detail);
            }
        } finally {
            pool.shutdownNow();
        }

        JsonObject list = Api.get("/api/v1/agreements?carrierId=" + carrier).json();
        assertEquals(1, list.getInt("total"), "exactly one agreement was written");
        assertEquals(1, list.getJsonArray("items").getJsonObject(0).getJsonArray("units").size());
        long winner = list.getJsonArray("items").getJsonObject(0).getJsonObject("enterprise").getJsonNumber("id").longValue();
        long loser = enterprises.stream().filter(e -> e != winner).findFirst().orElseThrow();
        long otherUnit = unit(carrier, "102", "50", "20");
        let(loser, carrier, otherUnit, "2026-01-01", "2026-12-31");
    }

    @Test
    void rentIsAreaTimesRateAndReliefIsWaivedExactly() {
        long carrier = carrier();
        long unit = unit(carrier, "301", "120.55", "25.5");
        JsonObject agreement = let(enterprise(), carrier, unit, "2026-01-01", "2028-12-31");

        assertEquals(new BigDecimal("3074.03"), agreement.getJsonNumber("monthlyRent").bigDecimalValue());
        assertEquals(new BigDecimal("55332.60"), agreement.getJsonNumber("totalRent").bigDecimalValue(),
                "12 × 0 + 12 × 1537.02 + 12 × 3074.03");
        assertEquals(new BigDecimal("6000.00"), agreement.getJsonNumber("deposit").bigDecimalValue());
        assertEquals(2, agreement.getJsonArray("relief").size());
        JsonObject read = Api.get("/api/v1/agreements/" + agreement.getInt("id")).json();
        assertEquals(new BigDecimal("55332.60"), read.getJsonNumber("totalRent").bigDecimalValue());
        assertEquals(1, read.getJsonArray("units").size());
        assertEquals("A座", agreement.getJsonArray("units").getJsonObject(0).getString("building"));
    }

    @Test
    void renewalMoveAndExitKeepOneIncubation() {
        long carrier = carrier();
        long small = unit(carrier, "201", "60", "20");
        long big = unit(carrier, "202", "200", "18");
        JsonObject first = let(enterprise(), carrier, small, "2025-01-01", "2025-12-31");
        long incubatee = first.getJsonNumber("incubateeId").longValue();

        Reply renewed = Api.post("/api/v1/agreements/" + first.getInt("id") + "/renewal",
                "{\"version\":" + first.getInt("version") + ",\"endDate\":\"2026-12-31\"}");
        assertEquals(201, renewed.status(), renewed.body());
        JsonObject renewal = renewed.json();
        assertEquals("2026-01-01", renewal.getString("startDate"));
        assertEquals(first.getInt("id"), renewal.getInt("predecessorId"));
        assertEquals("RENEWED", Api.get("/api/v1/agreements/" + first.getInt("id")).json().getString("status"));

        Reply again = Api.post("/api/v1/agreements/" + first.getInt("id") + "/renewal",
                "{\"version\":" + first.getInt("version") + ",\"endDate\":\"2027-12-31\"}");
        assertEquals(409, again.status(), "a renewal of a replaced agreement is stale: " + again.body());

        Reply moved = Api.post("/api/v1/agreements/" + renewal.getInt("id") + "/move",
                "{\"version\":" + renewal.getInt("version") + ",\"unitIds\":[" + big + "],"
                        + "\"startDate\":\"2026-07-01\",\"endDate\":\"2027-06-30\"}");
        assertEquals(201, moved.status(), moved.body());
        JsonObject move = moved.json();
        assertEquals(incubatee, move.getJsonNumber("incubateeId").longValue(), "one continuous incubation");
        assertEquals("2025-01-01", move.getString("enteredOn"));
        assertEquals(new BigDecimal("3600.00"), move.getJsonNumber("monthlyRent").bigDecimalValue());
        JsonObject before = Api.get("/api/v1/agreements/" + renewal.getInt("id")).json();
        assertEquals("MOVED", before.getString("status"));
        assertEquals("2026-06-30", before.getString("endDate"));

        // the small unit is free again from the move: another enterprise may take it
        let(enterprise(), carrier, small, "2026-07-01", "2026-12-31");

        Reply outside = Api.post("/api/v1/agreements/" + move.getInt("id") + "/exit",
                "{\"version\":" + move.getInt("version") + ",\"exitDate\":\"2027-07-01\",\"reason\":\"MOVED_OUT\"}");
        assertProblem(outside, 422, "exitDate");
        assertProblem(Api.post("/api/v1/agreements/" + move.getInt("id") + "/exit",
                "{\"version\":" + move.getInt("version") + ",\"exitDate\":\"2026-12-31\",\"reason\":\"GRADUATED\"}"),
                422, "reason");
        Reply exit = Api.post("/api/v1/agreements/" + move.getInt("id") + "/exit",
                "{\"version\":" + move.getInt("version") + ",\"exitDate\":\"2026-12-31\",\"reason\":\"MOVED_OUT\","
                        + "\"note\":\"迁往市区\"}");
        assertEquals(200, exit.status(), exit.body());
        JsonObject ended = exit.json();
        assertEquals("ENDED", ended.getString("status"));
        assertEquals("MOVED_OUT", ended.getString("exitReason"));
        assertEquals("2026-12-31", ended.getString("exitedOn"));
        assertEquals("2026-12-31", ended.getJsonArray("units").getJsonObject(0).getString("endDate"));
    }

    @Test
    void aUnitLetForSomeDaysIsRefusedForOverlappingOnes() {
        long carrier = carrier();
        long unit = unit(carrier, "401", "80", "20");
        JsonObject held = let(enterprise(), carrier, unit, "2026-01-01", "2026-06-30");

        Reply overlapping = Api.post("/api/v1/agreements", letting(enterprise(), carrier, unit, "2026-06-30", "2026-12-31"));
        assertProblem(overlapping, 409, "unitIds");
        assertTrue(overlapping.json().getString("detail").contains(String.valueOf(held.getInt("id"))));

        let(enterprise(), carrier, unit, "2026-07-01", "2026-12-31");
    }

    @Test
    void refusalsNameTheField() {
        long carrier = carrier();
        long unit = unit(carrier, "501", "80", "20");
        long enterprise = enterprise();
        assertProblem(Api.post("/api/v1/agreements", letting(enterprise, carrier, unit, "2026-02-01", "2026-01-31")),
                422, "endDate");
        assertProblem(Api.post("/api/v1/agreements", letting(enterprise, carrier, unit, "2026-01-01", "2026-12-31")
                .replace("\"fromMonth\":13", "\"fromMonth\":12")), 422, "relief");
        assertProblem(Api.post("/api/v1/agreements", letting(enterprise, carrier, 987654321L, "2026-01-01", "2026-12-31")),
                422, "unitIds");
        let(enterprise, carrier, unit, "2026-01-01", "2026-12-31");
        long otherUnit = unit(carrier, "502", "80", "20");
        assertProblem(Api.post("/api/v1/agreements", letting(enterprise, carrier, otherUnit, "2027-01-01", "2027-12-31")),
                409, "enterpriseId");
    }

    @Test
    void anotherCountysAgreementsAreNotSeen() {
        long carrier = carrier();
        JsonObject agreement = let(enterprise(), carrier, unit(carrier, "601", "30", "20"), "2026-01-01", "2026-12-31");
        Reply hidden = Api.get("/api/v1/agreements/" + agreement.getInt("id"), "zh-CN", Api.YUNLING_RW);
        assertEquals(404, hidden.status(), hidden.body());
        JsonObject list = Api.get("/api/v1/agreements?size=200", "zh-CN", Api.YUNLING_RW).json();
        assertTrue(list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(a -> a.getJsonObject("county").getInt("id") == 3), list.toString());
    }

    @Test
    void theOccupancyShowsWhatIsLetToWhomUntilWhen() {
        long carrier = carrier();
        long let = unit(carrier, "701", "100", "20");
        long reserved = unit(carrier, "702", "50", "20");
        long free = unit(carrier, "703", "25.50", "20");
        JsonObject agreement = let(enterprise(), carrier, let, "2026-01-01", "2026-12-31");
        JsonObject later = let(enterprise(), carrier, reserved, "2026-09-01", "2027-08-31");

        JsonObject occupancy = Api.get("/api/v1/carriers/" + carrier + "/occupancy?on=2026-06-30").json();

        assertEquals("2026-06-30", occupancy.getString("on"));
        assertEquals(new BigDecimal("100.00"), occupancy.getJsonNumber("letArea").bigDecimalValue());
        assertEquals(new BigDecimal("175.50"), occupancy.getJsonNumber("totalArea").bigDecimalValue());
        List<JsonObject> units = occupancy.getJsonArray("units").getValuesAs(JsonObject.class);
        JsonObject first = units.stream().filter(u -> u.getInt("unitId") == let).findFirst().orElseThrow();
        assertEquals("LET", first.getString("occupancy"));
        assertEquals("2026-12-31", first.getString("until"));
        assertEquals(agreement.getInt("id"), first.getInt("agreementId"));
        assertEquals(agreement.getJsonObject("enterprise").getString("name"), first.getString("tenant"));
        JsonObject second = units.stream().filter(u -> u.getInt("unitId") == reserved).findFirst().orElseThrow();
        assertEquals("RESERVED", second.getString("occupancy"));
        assertEquals("2026-09-01", second.getString("from"));
        assertEquals(later.getInt("id"), second.getInt("agreementId"));
        assertEquals("FREE", units.stream().filter(u -> u.getInt("unitId") == free).findFirst().orElseThrow()
                .getString("occupancy"));

        Reply other = Api.post("/api/v1/carriers/" + carrier + "/units",
                CarrierApiIT.unitJson("704", "30", "20").replace("A座", "B座"));
        assertEquals(201, other.status(), other.body());
        JsonObject buildingA = Api.get("/api/v1/carriers/" + carrier + "/occupancy?on=2026-06-30&building=A%E5%BA%A7").json();
        assertEquals(3, buildingA.getJsonArray("units").size(), "A座 only");
        assertEquals(new BigDecimal("175.50"), buildingA.getJsonNumber("totalArea").bigDecimalValue());
        JsonObject buildingB = Api.get("/api/v1/carriers/" + carrier + "/occupancy?on=2026-06-30&building=B%E5%BA%A7").json();
        assertEquals(1, buildingB.getJsonArray("units").size(), "B座 only");
        assertEquals(new BigDecimal("0.00"), buildingB.getJsonNumber("letArea").bigDecimalValue());

        JsonObject nextYear = Api.get("/api/v1/carriers/" + carrier + "/occupancy?on=2027-01-01").json();
        assertEquals(new BigDecimal("50.00"), nextYear.getJsonNumber("letArea").bigDecimalValue());
        assertEquals(400, Api.get("/api/v1/carriers/" + carrier + "/occupancy?on=2027-13-01").status());
    }
}
