package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.TestData;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import static cn.kejiju.workbench.commissioner.ApiFixtures.LINJIANG;
import static cn.kejiju.workbench.commissioner.ApiFixtures.YUNLING;
import static cn.kejiju.workbench.commissioner.ApiFixtures.commissioner;
import static cn.kejiju.workbench.commissioner.ApiFixtures.created;
import static cn.kejiju.workbench.commissioner.ApiFixtures.errorField;
import static cn.kejiju.workbench.commissioner.ApiFixtures.get;
import static cn.kejiju.workbench.commissioner.ApiFixtures.id;
import static cn.kejiju.workbench.commissioner.ApiFixtures.log;
import static cn.kejiju.workbench.commissioner.ApiFixtures.openAssignment;
import static cn.kejiju.workbench.commissioner.ApiFixtures.post;
import static cn.kejiju.workbench.commissioner.ApiFixtures.put;
import static cn.kejiju.workbench.commissioner.ApiFixtures.register;
import static cn.kejiju.workbench.commissioner.ApiFixtures.today;
import static cn.kejiju.workbench.commissioner.ApiFixtures.version;
import static cn.kejiju.workbench.commissioner.ApiFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Approved logs drive the statistics and the assessment. The statistics are compared before and after
 * this test's own logs (the test classes run one after the other), so earlier data does not matter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssessmentStatisticsApiIT {

    private static final String STATISTICS = "/api/v1/commissioner-statistics";
    private static final String ASSESSMENTS = "/api/v1/assessments";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** Submits a log (draft, photo, submission) with the 云岭县 token and has the city token approve it. */
    private static JsonObject approvedLog(JsonObject body) {
        JsonObject submitted = ApiFixtures.submitLog(body, Api.YUNLING_RW);
        Reply approved = post("/api/v1/service-logs/" + id(submitted) + "/approval",
                Json.createObjectBuilder().add("version", version(submitted)).build(), Api.CITY_RW);
        assertEquals(200, approved.status(), approved.body());
        return approved.json();
    }

    private static JsonObject statistics(String query) {
        Reply reply = get(STATISTICS + "?" + query, Api.CITY_RO);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static long delta(JsonObject before, JsonObject after, String key) {
        return after.getJsonNumber(key).longValue() - before.getJsonNumber(key).longValue();
    }

    private static BigDecimal decimalDelta(JsonObject before, JsonObject after, String key) {
        return after.getJsonNumber(key).bigDecimalValue().subtract(before.getJsonNumber(key).bigDecimalValue());
    }

    private static long newInField(JsonObject statistics, String field) {
        return statistics.getJsonArray("byField").stream().map(b -> b.asJsonObject())
                .filter(b -> b.getString("key").equals(field)).mapToLong(b -> b.getJsonNumber("newInPeriod").longValue())
                .sum();
    }

    private static long visitsIn(JsonObject statistics, YearMonth month) {
        return statistics.getJsonArray("months").stream().map(m -> m.asJsonObject())
                .filter(m -> m.getString("month").equals(month.toString()))
                .mapToLong(m -> m.getJsonNumber("visits").longValue()).sum();
    }

    @Test
    void approvedLogsCountOnceAVarietyIsIntroducedToTwoVillagesItCountsOnceAsAVariety() {
        int year = today().getYear();
        JsonObject before = statistics("year=" + year);

        long commissioner = id(created(post("/api/v1/commissioners",
                with(commissioner(YUNLING), "postedOn", today().toString()), Api.CITY_RW)));
        long first = id(created(openAssignment(commissioner, "VILLAGE", 21, Api.YUNLING_RW)));
        long second = id(created(openAssignment(commissioner, "VILLAGE", 22, Api.YUNLING_RW)));
        String variety = TestData.uniqueName("金穗稻");
        String technology = TestData.uniqueName("水肥一体化");
        approvedLog(with(with(with(log(first), "kind", "VARIETY_INTRODUCTION"), "varieties",
                Json.createArrayBuilder().add(variety)), "technologies", Json.createArrayBuilder().add(technology)));
        approvedLog(with(with(log(second), "kind", "VARIETY_INTRODUCTION"), "varieties",
                Json.createArrayBuilder().add("  " + variety + " ")));
        approvedLog(with(with(with(log(first), "kind", "TRAINING"), "peopleTrained", 40), "days", new BigDecimal("0.5")));
        approvedLog(with(log(second), "kind", "COOPERATION_AGREEMENT"));
        ApiFixtures.submitLog(with(with(log(second), "kind", "TRAINING"), "peopleTrained", 1000), Api.YUNLING_RW);
        created(post("/api/v1/service-logs?draft=true", with(with(log(second), "kind", "TRAINING"), "peopleTrained", 500),
                Api.YUNLING_RW));

        JsonObject after = statistics("year=" + year);
        assertEquals(4, delta(before, after, "visits"));
        assertEquals(1, delta(before, after, "trainings"));
        assertEquals(40, delta(before, after, "peopleTrained"), "the log awaiting review does not count");
        assertEquals(1, delta(before, after, "varietiesDistinct"));
        assertEquals(2, delta(before, after, "varietyIntroductions"));
        assertEquals(1, delta(before, after, "technologiesDistinct"));
        assertEquals(1, delta(before, after, "technologyIntroductions"));
        assertEquals(1, delta(before, after, "cooperationAgreements"));
        assertEquals(0, new BigDecimal("3.5").compareTo(decimalDelta(before, after, "serviceDays")));
        assertEquals(0, new BigDecimal("10").compareTo(decimalDelta(before, after, "income")));
        assertEquals(1, delta(before, after, "commissionersNew"));
        assertEquals(1, newInField(after, "AGRICULTURE") - newInField(before, "AGRICULTURE"));
        assertEquals(4, visitsIn(after, YearMonth.from(today())) - visitsIn(before, YearMonth.from(today())));
        assertEquals(year + "-01-01", after.getString("from"));
        assertEquals(year, after.getInt("quotaYear"));

        JsonObject half = statistics("year=" + year + "&half=" + (today().getMonthValue() <= 6 ? 1 : 2));
        assertTrue(half.getJsonNumber("visits").longValue() >= 4);
        JsonObject day = statistics("from=" + today() + "&to=" + today());
        assertTrue(day.getJsonNumber("visits").longValue() >= 4);
        JsonObject county = get(STATISTICS + "?year=" + year, Api.YUNLING_RW).json();
        assertTrue(county.getJsonNumber("visits").longValue() >= 4);
        assertTrue(county.getJsonNumber("visits").longValue() <= after.getJsonNumber("visits").longValue());
    }

    @Test
    void anInvalidPeriodIsAProblemNeverA500() {
        Reply half = get(STATISTICS + "?year=2026&half=3", Api.CITY_RO);
        assertEquals(422, half.status(), half.body());
        assertEquals("half", errorField(half));
        Reply backwards = get(STATISTICS + "?from=2026-12-01&to=2026-01-01", Api.CITY_RO);
        assertEquals(422, backwards.status(), backwards.body());
        assertEquals("to", errorField(backwards));
        Reply tooLong = get(STATISTICS + "?from=2000-01-01&to=2026-01-01", Api.CITY_RO);
        assertEquals(422, tooLong.status(), tooLong.body());
        Reply nothing = get(STATISTICS, Api.CITY_RO);
        assertEquals(422, nothing.status(), nothing.body());
        assertEquals("from", errorField(nothing));
        Reply onlyFrom = get(STATISTICS + "?from=2026-01-01", Api.CITY_RO);
        assertEquals(422, onlyFrom.status(), onlyFrom.body());
        assertEquals("to", errorField(onlyFrom));
        Reply notADay = get(STATISTICS + "?from=first&to=2026-01-01", Api.CITY_RO);
        assertEquals(400, notADay.status(), notADay.body());
        assertEquals("from", errorField(notADay), "the parameter is named");
        assertEquals(400, get(STATISTICS + "?year=MMXXVI", Api.CITY_RO).status());
    }

    @Test
    void theAssessmentScoresApprovedServiceAndSatisfactionAndALeaderConfirmsOnce() {
        int year = today().getYear();
        // posted before the year began: the whole year is served and the quota is not pro-rated
        long commissioner = id(created(post("/api/v1/commissioners", with(commissioner(YUNLING), "postedOn",
                LocalDate.of(year - 1, 12, 1).toString()), Api.CITY_RW)));
        long assignment = id(created(openAssignment(commissioner, "VILLAGE", 24, Api.YUNLING_RW)));
        approvedLog(with(log(assignment), "days", new BigDecimal("2")));
        approvedLog(with(log(assignment), "days", new BigDecimal("2")));

        JsonObject row = row(get(ASSESSMENTS + "?year=" + year, Api.CITY_RO).jsonStructure().asJsonArray(), commissioner);
        assertEquals(2, row.getInt("visits"));
        assertEquals(0, new BigDecimal("4").compareTo(row.getJsonNumber("days").bigDecimalValue()));
        assertFalse(row.getBoolean("quotaMet"));
        assertTrue(row.getBoolean("atRisk"));
        assertFalse(row.getBoolean("confirmed"));
        assertEquals("FAIL", row.getString("grade"));
        assertEquals(12, row.getInt("monthsServed"));
        assertFalse(row.getBoolean("satisfactionRated"));
        assertEquals(0, new BigDecimal("12.5").compareTo(row.getJsonNumber("serviceScore").bigDecimalValue()),
                "2 of 12 visits, the missing rating left out: 60 × 2/12 × 100/80 " + row);
        assertEquals("assessment.reason.satisfactionLeftOut",
                row.getJsonArray("reasons").getJsonObject(2).getString("code"), row.toString());
        assertTrue(row.getString("commissionerName").startsWith("特派员"));
        assertTrue(get(ASSESSMENTS + "/at-risk?year=" + year, Api.YUNLING_RW).jsonStructure().asJsonArray().stream()
                .anyMatch(r -> r.asJsonObject().getJsonNumber("commissionerId").longValue() == commissioner));

        Reply outOfRange = put(ASSESSMENTS + "/ratings", Json.createObjectBuilder().add("assignmentId", assignment)
                .add("year", year).add("score", 101).build(), Api.YUNLING_RW);
        assertEquals(422, outOfRange.status(), outOfRange.body());
        assertEquals("score", errorField(outOfRange));
        Reply rated = put(ASSESSMENTS + "/ratings", Json.createObjectBuilder().add("assignmentId", assignment)
                .add("year", year).add("score", 90).build(), Api.YUNLING_RW);
        assertEquals(200, rated.status(), rated.body());
        assertEquals(90, rated.json().getInt("score"));
        assertEquals(1, get(ASSESSMENTS + "/commissioners/" + commissioner + "/ratings?year=" + year, Api.CITY_RO)
                .jsonStructure().asJsonArray().size());

        JsonObject scored = get(ASSESSMENTS + "/commissioners/" + commissioner + "?year=" + year, Api.CITY_RO).json();
        assertEquals(0, new BigDecimal("90").compareTo(scored.getJsonNumber("satisfaction").bigDecimalValue()));
        assertEquals(0, new BigDecimal("10.0").compareTo(scored.getJsonNumber("serviceScore").bigDecimalValue()),
                "rated: the weights as configured, 2 of 12 visits a sixth of 60");
        assertEquals(0, new BigDecimal("18.0").compareTo(scored.getJsonNumber("satisfactionScore").bigDecimalValue()));
        assertEquals(0, new BigDecimal("28.0").compareTo(scored.getJsonNumber("total").bigDecimalValue()), scored.toString());

        JsonObject confirmation = Json.createObjectBuilder().add("commissionerId", commissioner).add("year", year).build();
        Reply confirmed = post(ASSESSMENTS + "/confirmations", confirmation, Api.CITY_RW);
        assertEquals(201, confirmed.status(), confirmed.body());
        assertTrue(confirmed.header("Location").contains(ASSESSMENTS + "/commissioners/" + commissioner),
                confirmed.header("Location"));
        assertTrue(confirmed.json().getBoolean("confirmed"));
        assertFalse(confirmed.json().getBoolean("atRisk"));
        assertTrue(confirmed.json().getString("confirmedBy").startsWith("token:"));

        Reply twice = post(ASSESSMENTS + "/confirmations", confirmation, Api.CITY_RW);
        assertEquals(409, twice.status(), twice.body());
        Reply lateRating = put(ASSESSMENTS + "/ratings", Json.createObjectBuilder().add("assignmentId", assignment)
                .add("year", year).add("score", 50).build(), Api.YUNLING_RW);
        assertEquals(422, lateRating.status(), lateRating.body());
        assertFalse(get(ASSESSMENTS + "/at-risk?year=" + year, Api.CITY_RO).jsonStructure().asJsonArray().stream()
                .anyMatch(r -> r.asJsonObject().getJsonNumber("commissionerId").longValue() == commissioner));
        assertEquals(403, post(ASSESSMENTS + "/confirmations", confirmation, Api.CITY_RO).status());
    }

    @Test
    void anotherCountysAssessmentIsNotFoundAndTheYearIsChecked() {
        long linjiang = id(register(LINJIANG));
        int year = today().getYear();
        assertEquals(404, get(ASSESSMENTS + "/commissioners/" + linjiang + "?year=" + year, Api.YUNLING_RW).status());
        assertEquals(200, get(ASSESSMENTS + "/commissioners/" + linjiang, Api.CITY_RO).status());
        Reply early = get(ASSESSMENTS + "?year=1999", Api.CITY_RO);
        assertEquals(422, early.status(), early.body());
        assertEquals("year", errorField(early));
        Reply missing = post(ASSESSMENTS + "/confirmations", "{}", Api.CITY_RW);
        assertEquals(400, missing.status(), missing.body());
    }

    private static JsonObject row(JsonArray rows, long commissionerId) {
        return rows.stream().map(r -> r.asJsonObject())
                .filter(r -> r.getJsonNumber("commissionerId").longValue() == commissionerId)
                .findFirst().orElseThrow(() -> new AssertionError("no row of " + commissionerId + " in " + rows));
    }
}
