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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static cn.kejiju.workbench.project.ProjectApiIT.created;
import static cn.kejiju.workbench.project.ProjectApiIT.id;
import static cn.kejiju.workbench.project.ProjectApiIT.ok;
import static cn.kejiju.workbench.project.ProjectApiIT.openCall;
import static cn.kejiju.workbench.project.ProjectApiIT.prepare;
import static cn.kejiju.workbench.project.ProjectApiIT.refused;
import static cn.kejiju.workbench.project.ProjectApiIT.send;
import static cn.kejiju.workbench.project.ProjectApiIT.upload;
import static cn.kejiju.workbench.project.ProjectApiIT.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The project and innovation indicator statistics through the API. The test records in 云岭县, through the API, two
 * applications decided in the period (one won with its grant, a tranche and a contract whose acceptance is overdue,
 * one not won), one won on the day before the period and one won a year earlier, two patents and a high-tech
 * recognition, and checks that the county's figures changed by exactly that (other tests write too: it compares
 * before and after), that its new programme's row is exactly what it recorded, that the city's table adds up, and
 * county isolation and the refusals of bad periods.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProjectStatisticsApiIT {

    private static final String PREPARER = Api.YUNLING_RW;
    private static final String CITY = Api.CITY_RW;
    private static final long YUNLING = 3;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static JsonObject figure(JsonObject stats, String key) {
        return stats.getJsonArray("figures").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("key").equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
    }

    private static BigDecimal value(JsonObject stats, String key, String part) {
        JsonObject f = figure(stats, key);
        return !f.containsKey(part) || f.isNull(part) ? null : new BigDecimal(f.getString(part));
    }

    private static void assertDelta(String delta, JsonObject before, JsonObject after, String key, String part) {
        BigDecimal was = value(before, key, part);
        BigDecimal is = value(after, key, part);
        assertNotNull(was, key + "." + part);
        assertNotNull(is, key + "." + part);
        assertEquals(0, was.add(new BigDecimal(delta)).compareTo(is),
                key + "." + part + ": " + was + " + " + delta + " ≠ " + is);
    }

    /** An enterprise of 云岭县, with a high-tech certificate valid until the day given (none when null). */
    private static long enterprise(LocalDate validUntil) {
        String certificate = validUntil == null ? "" : """
                ,"highTechCertificateNo":"GR%d","highTechValidUntil":"%s"
                """.formatted(System.nanoTime() % 1_000_000_000_000L, validUntil).strip();
        Reply reply = send("POST", "/api/v1/enterprises", """
                {"creditCode":"%s","name":"%s","kind":"ENTERPRISE","industry":"电子信息","townshipId":%d,
                 "address":"茶山镇工业路8号","contactName":"王经理","contactPhone":"13812345678"%s}
                """.formatted(TestData.creditCode(), TestData.uniqueName("统计企业"), TestData.TOWNSHIP_CHASHAN,
                certificate), PREPARER);
        return id(created(reply));
    }

    private static Reply step(long id, long version, String step, LocalDate on, String extra, String token) {
        return ok(send("POST", "/api/v1/projects/applications/" + id + "/steps", """
                {"version":%d,"step":"%s","on":"%s"%s}
                """.formatted(version, step, on, extra), token));
    }

    /** An application of 云岭县 to the call, prepared, recommended by the city, lodged and under review. */
    private static Reply underReview(long call) {
        Reply prepared = created(prepare(call, enterprise(null), enterprise(null), "800000.00", PREPARER));
        long id = id(prepared);
        created(upload(id, TestData.png(), PREPARER));
        LocalDate today = BureauClock.today();
        long current = version(Api.get("/api/v1/projects/applications/" + id));
        Reply recommended = step(id, current, "RECOMMEND", today, "", CITY);
        Reply lodged = step(id, version(recommended), "LODGE", today, "", PREPARER);
        return step(id, version(lodged), "REVIEW", today, "", PREPARER);
    }

    private static Reply patent(long enterprise, String type, LocalDate applied, LocalDate granted) {
        return created(send("POST", "/api/v1/indicators/patents", """
                {"enterpriseId":%d,"number":"CN%d.X","title":"一种统计用装置","type":"%s","appliedOn":"%s",%s"status":"%s"}
                """.formatted(enterprise, System.nanoTime() % 1_000_000_000_000L, type, applied,
                granted == null ? "" : "\"grantedOn\":\"" + granted + "\",", granted == null ? "PENDING" : "GRANTED"),
                PREPARER));
    }

    private static JsonObject stats(String query, String token) {
        Reply reply = Api.get("/api/v1/project-statistics?" + query, "zh-CN", token);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    /**
     * The patents are counted from their daily rollup, kept when a patent is recorded or revised: a revised patent
     * no longer counts as it was (its old type and no grant) and counts as it is (another type, granted).
     */
    @Test
    void aRevisedPatentCountsAsItIsNow() {
        LocalDate today = BureauClock.today();
        String period = "from=" + today.minusDays(20) + "&to=" + today + "&county=" + YUNLING;
        JsonObject before = stats(period, Api.CITY_RO);
        long inventor = enterprise(null);
        Reply recorded = patent(inventor, "DESIGN", today.minusDays(5), null);
        JsonObject filed = stats(period, Api.CITY_RO);
        assertDelta("1", before, filed, "patentsApplied.DESIGN", "value");
        assertDelta("0", before, filed, "patentsGranted", "value");

        ok(send("PUT", "/api/v1/indicators/patents/" + id(recorded), """
                {"version":%d,"number":"%s","title":"一种统计用装置","type":"INVENTION","appliedOn":"%s",
                 "grantedOn":"%s","status":"GRANTED"}""".formatted(version(recorded),
                recorded.json().getString("number"), today.minusDays(5), today.minusDays(1)), PREPARER));
        JsonObject revised = stats(period, Api.CITY_RO);
        assertDelta("1", before, revised, "patentsApplied", "value");
        assertDelta("0", before, revised, "patentsApplied.DESIGN", "value");
        assertDelta("1", before, revised, "patentsApplied.INVENTION", "value");
        assertDelta("1", before, revised, "patentsGranted", "value");
        assertDelta("1", before, revised, "patentsGranted.INVENTION", "value");
    }

    @Test
    void theFiguresChangeByExactlyWhatWasRecorded() {
        LocalDate today = BureauClock.today();
        LocalDate from = today.minusDays(40);
        String period = "from=" + from + "&to=" + today + "&county=" + YUNLING;
        JsonObject before = stats(period, Api.CITY_RO);
        assertEquals(from.minusYears(1).toString(), before.getString("lastYearFrom"));
        assertEquals("云岭县", before.getString("county"));

        long call = openCall();
        // won in the period, 600,000 granted, 250,000 received; contracted with its acceptance due 5 days ago
        Reply won = underReview(call);
        long wonId = id(won);
        Reply granted = step(wonId, version(won), "WIN", today, ",\"grant\":\"600000.00\"", PREPARER);
        Reply paid = ok(send("POST", "/api/v1/projects/applications/" + wonId + "/tranches", """
                {"version":%d,"on":"%s","amount":"250000.00"}""".formatted(version(granted), today), PREPARER));
        step(wonId, version(paid), "CONTRACT", today.minusDays(30), ",\"midTermDue\":\"%s\",\"acceptanceDue\":\"%s\""
                .formatted(today.minusDays(20), today.minusDays(5)), PREPARER);
        // not won in the period
        Reply lost = underReview(call);
        step(id(lost), version(lost), "NOT_WIN", today.minusDays(1), ",\"note\":\"评审未通过\"", PREPARER);
        // won a year earlier (the same days last year): 100,000
        Reply earlier = underReview(call);
        step(id(earlier), version(earlier), "WIN", today.minusYears(1), ",\"grant\":\"100000.00\"", PREPARER);
        // won on the day before the period: counts in the year's total before it when that day is in the same year
        Reply beforePeriod = underReview(call);
        LocalDate dayBefore = from.minusDays(1);
        step(id(beforePeriod), version(beforePeriod), "WIN", dayBefore, ",\"grant\":\"50000.00\"", PREPARER);
        boolean sameYear = dayBefore.getYear() == from.getYear();

        long inventor = enterprise(today.plusDays(100)); // its certificate runs out within six months
        patent(inventor, "INVENTION", today.minusDays(10), today.minusDays(2));
        patent(inventor, "UTILITY_MODEL", today.minusDays(3), null);
        long recognised = enterprise(null);
        Reply entered = created(send("POST", "/api/v1/indicators/high-tech", """
                {"enterpriseId":%d,"enteredOn":"%s"}""".formatted(recognised, today.minusDays(60)), PREPARER));
        Reply applied = ok(send("POST", "/api/v1/indicators/high-tech/" + id(entered) + "/application", """
                {"version":%d,"applicationYear":%d,"submittedOn":"%s"}""".formatted(version(entered), today.getYear(),
                today.minusDays(30)), PREPARER));
        ok(send("POST", "/api/v1/indicators/high-tech/" + id(entered) + "/recognition", """
                {"version":%d,"certificateNo":"GR%d","issuedOn":"%s"}""".formatted(version(applied),
                System.nanoTime() % 1_000_000_000_000L, today.minusDays(1)), PREPARER));

        JsonObject after = stats(period, Api.CITY_RO);
        assertDelta("4", before, after, "applications", "value"); // all four prepared today
        assertDelta("4", before, after, "applications.NATIONAL", "value");
        assertDelta("0", before, after, "applications.PROVINCIAL", "value");
        assertDelta("1", before, after, "approvals", "value");
        assertDelta("1", before, after, "approvals.NATIONAL", "value");
        assertDelta("2", before, after, "decided", "value");
        assertDelta("600000", before, after, "funds", "value");
        assertDelta("600000", before, after, "funds.NATIONAL", "value");
        assertDelta("0", before, after, "funds.CITY", "value");
        assertDelta("250000", before, after, "received", "value");
        assertDelta("1", before, after, "acceptancesDue", "value");
        assertDelta("1", before, after, "acceptancesOverdue", "value");
        assertDelta("0", before, after, "acceptancesOverdue", "atStart");
        assertDelta("1", before, after, "approvals", "lastYear");
        assertDelta("100000", before, after, "funds.NATIONAL", "lastYear");
        assertDelta(sameYear ? "1" : "0", before, after, "approvals", "atStart");
        assertDelta(sameYear ? "50000" : "0", before, after, "funds", "atStart");
        assertDelta("2", before, after, "patentsApplied", "value");
        assertDelta("1", before, after, "patentsApplied.INVENTION", "value");
        assertDelta("1", before, after, "patentsApplied.UTILITY_MODEL", "value");
        assertDelta("0", before, after, "patentsApplied.DESIGN", "value");
        assertDelta("1", before, after, "patentsGranted.INVENTION", "value");
        assertDelta("1", before, after, "highTechRecognised", "value");
        assertDelta("2", before, after, "highTechValid", "value");
        assertDelta("1", before, after, "highTechExpiring", "value");
        // on the first day: the certificate held in master data (valid until today + 100 days, so issued before the
        // period); not the one recognised yesterday, whose last day lies more than three years after the first day
        assertDelta("1", before, after, "highTechValid", "atStart");
        assertDelta("1", before, after, "highTechExpiring", "atStart"); // and runs out within six months of it

        BigDecimal approvals = value(after, "approvals", "value");
        BigDecimal decided = value(after, "decided", "value");
        assertEquals(approvals.multiply(BigDecimal.valueOf(100)).divide(decided, 1, RoundingMode.HALF_UP),
                value(after, "successRate", "value"), "立项率 = approved ÷ decided");

        String programme = Api.get("/api/v1/projects/calls/" + call).json().getJsonObject("programme").get("id")
                .toString();
        JsonObject row = after.getJsonArray("programmes").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.get("programmeId").toString().equals(programme)).findFirst()
                .orElseThrow(() -> new AssertionError(after.toString()));
        assertEquals("NATIONAL", row.getString("level"));
        assertEquals(4, row.getInt("applications"));
        assertEquals(1, row.getInt("approvals"), "the one won before the period is not the period's");
        assertEquals(2, row.getInt("decided"));
        assertEquals("50.0", row.getString("successRate"));
        assertEquals("600000.00", row.getString("funds"));
        assertEquals("250000.00", row.getString("received"));

        // a city caller keeps the table of every county; the county asked for is its row
        JsonObject county = after.getJsonArray("counties").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.containsKey("countyId") && !c.isNull("countyId") && c.getInt("countyId") == YUNLING)
                .findFirst().orElseThrow(() -> new AssertionError(after.toString()));
        assertEquals(value(after, "approvals", "value").longValue(), county.getJsonNumber("approvals").longValue());
        assertEquals(value(after, "applications", "value").longValue(), county.getJsonNumber("applications").longValue());
        assertEquals(0, value(after, "funds", "value").compareTo(new BigDecimal(county.getString("funds"))));
    }

    @Test
    void theCityIsTheSumOfItsCountiesAndACountySeesItsOwn() {
        JsonObject city = stats("year=2026&half=1", Api.CITY_RO);
        List<JsonObject> rows = city.getJsonArray("counties").getValuesAs(JsonObject.class);
        assertTrue(rows.size() > 2, city.toString());
        JsonObject total = rows.get(rows.size() - 1);
        assertFalse(total.containsKey("countyId") && !total.isNull("countyId"), total.toString());
        for (String key : List.of("applications", "approvals", "patentsApplied", "highTechValid")) {
            long summed = rows.subList(0, rows.size() - 1).stream().mapToLong(r -> r.getJsonNumber(key).longValue()).sum();
            assertEquals(summed, total.getJsonNumber(key).longValue(), key + ": the city is the sum of its counties");
        }
        BigDecimal funds = rows.subList(0, rows.size() - 1).stream().map(r -> new BigDecimal(r.getString("funds")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, funds.compareTo(value(city, "funds", "value")));
        // the demo's first half of 2026: national funds won (563万元) at least
        assertTrue(value(city, "funds.NATIONAL", "value").compareTo(new BigDecimal("5630000")) >= 0, city.toString());

        JsonObject linjiang = stats("year=2026&half=1&county=2", Api.CITY_RO);
        JsonObject row2 = rows.stream().filter(r -> r.containsKey("countyId") && !r.isNull("countyId")
                && r.getInt("countyId") == 2).findFirst().orElseThrow();
        assertEquals(row2.getJsonNumber("approvals").longValue(), value(linjiang, "approvals", "value").longValue());

        JsonObject yunling = stats("year=2026&half=1", PREPARER);
        assertEquals(1, yunling.getJsonArray("counties").size(), "a county token sees its county only");
        assertEquals(3, yunling.getInt("countyId"));
        JsonObject yunlingByCity = stats("year=2026&half=1&county=3", Api.CITY_RO);
        assertEquals(yunlingByCity.getJsonArray("figures"), yunling.getJsonArray("figures"));
    }

    @Test
    void anotherCountyOrABadPeriodIsRefused() {
        refused(Api.get("/api/v1/project-statistics?year=2026&county=2", "zh-CN", PREPARER), 404, "not-found");
        refused(Api.get("/api/v1/project-statistics?from=2026-13-01&to=2026-12-31"), 400, "parameter");
        refused(Api.get("/api/v1/project-statistics?year=abc"), 400, "parameter");
        refused(Api.get("/api/v1/project-statistics?from=2026-12-31&to=2026-01-01"), 422, "period.order");
        refused(Api.get("/api/v1/project-statistics?year=2026&half=3"), 422, "period.half");
        refused(Api.get("/api/v1/project-statistics"), 422, "field.required");
        refused(Api.get("/api/v1/project-statistics?year=2026&county=999999"), 404, "not-found");
    }
}
