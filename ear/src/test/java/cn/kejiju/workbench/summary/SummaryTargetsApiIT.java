package cn.kejiju.workbench.summary;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.Deployments;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpRequest;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The targets (指标任务) through the API: the city sets 临江县 a target for the current year, the list carries the
 * summary's figure of the year to date with the percent done; a county token reads only its county and cannot
 * set; unknown figures, a non-county and negative values are refused on the field, stale versions conflict. The
 * test removes what it sets (a rerun first removes a leftover of a failed run).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SummaryTargetsApiIT {

    private static final String TARGETS = "/api/v1/summaries/targets";
    private static final String PROBLEM = "application/problem+json";
    private static final long LINJIANG = 2L;
    private static final long YUNLING = 3L;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static JsonArray list(String query, String token) {
        Reply reply = Api.get(TARGETS + "?" + query, "zh-CN", token);
        assertEquals(200, reply.status(), reply.body());
        return Json.array(reply.body());
    }

    private static Optional<JsonObject> find(JsonArray targets, long county, String section, String figure) {
        return targets.stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getJsonNumber("countyId").longValue() == county)
                .filter(t -> t.getString("section").equals(section) && t.getString("figure").equals(figure))
                .findFirst();
    }

    private static Reply put(String json, String token) {
        return Api.send(Api.request(TARGETS, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static String body(int year, long county, String section, String figure, String value, Long version) {
        return "{\"year\":" + year + ",\"countyId\":" + county + ",\"section\":\"" + section + "\",\"figure\":\""
                + figure + "\",\"value\":\"" + value + "\"" + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    private static void assertProblem(Reply reply, int status, String type, String field) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith(PROBLEM), reply.header("Content-Type"));
        assertTrue(reply.json().getString("type").endsWith(type), reply.body());
        if (field != null) {
            assertEquals(field, reply.json().getJsonArray("errors").getJsonObject(0).getString("field"), reply.body());
        }
    }

    private static void removeLeftover(int year, String section, String figure) {
        find(list("year=" + year + "&county=" + LINJIANG, Api.CITY_RW), LINJIANG, section, figure).ifPresent(t ->
                assertEquals(204, Api.delete(TARGETS + "/" + t.getJsonNumber("id").longValue() + "?version="
                        + t.getJsonNumber("version").longValue()).status()));
    }

    /** The figure of the summary of 临江县 from January 1 to {@code asOf}. */
    private static BigDecimal summaryFigure(String asOf, String section, String figure) {
        String year = asOf.substring(0, 4);
        Reply reply = Api.get("/api/v1/summaries?from=" + year + "-01-01&to=" + asOf + "&county=" + LINJIANG, "zh-CN",
                Api.CITY_RO);
        assertEquals(200, reply.status(), reply.body());
        JsonObject found = reply.json().getJsonArray("sections").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("section").equals(section)).findFirst().orElseThrow()
                .getJsonArray("figures").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("key").equals(figure)).findFirst().orElseThrow();
        return new BigDecimal(found.getString("value"));
    }

    private static JsonObject summaryFigureObject(String query, String section, String figure) {
        Reply reply = Api.get("/api/v1/summaries?" + query, "zh-CN", Api.CITY_RO);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("sections").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("section").equals(section)).findFirst().orElseThrow()
                .getJsonArray("figures").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("key").equals(figure)).findFirst().orElseThrow();
    }

    @Test
    void theCitySetsATargetAndTheListShowsTheYearToDateAgainstIt() {
        int year = currentYear();
        removeLeftover(year, "indicator", "patentsApplied");

        Reply created = put(body(year, LINJIANG, "indicator", "patentsApplied", "205", null), Api.CITY_RW);
        assertEquals(200, created.status(), created.body());
        JsonObject target = created.json();
        long id = target.getJsonNumber("id").longValue();
        assertEquals("临江县", target.getString("county"));
        assertEquals("205", target.getString("value"));

        JsonObject listed = find(list("year=" + year, Api.CITY_RO), LINJIANG, "indicator", "patentsApplied")
                .orElseThrow(() -> new AssertionError("the new target is listed"));
        String asOf = listed.getString("asOf");
        BigDecimal actual = new BigDecimal(listed.getString("actual"));
        assertEquals(0, summaryFigure(asOf, "indicator", "patentsApplied").compareTo(actual),
                "the summary's figure of the year to date");
        BigDecimal percent = actual.multiply(BigDecimal.valueOf(100)).divide(new BigDecimal("205"), 1,
                RoundingMode.HALF_UP);
        assertEquals(0, percent.compareTo(listed.getJsonNumber("percent").bigDecimalValue()), listed.toString());
        BigDecimal expected = new BigDecimal(listed.getString("expected"));
        assertTrue(expected.signum() > 0 && expected.compareTo(new BigDecimal("205")) <= 0, listed.toString());
        assertEquals(actual.compareTo(expected) < 0, listed.getBoolean("behindProRata"));

        // the summary of the year carries the target and the percent of it; the city the sum of its counties'
        JsonObject yearFigure = summaryFigureObject("year=" + year + "&county=" + LINJIANG, "indicator", "patentsApplied");
        assertEquals("205", yearFigure.getString("target"), yearFigure.toString());
        assertEquals(0, new BigDecimal(yearFigure.getString("value")).multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal("205"), 1, RoundingMode.HALF_UP)
                .compareTo(yearFigure.getJsonNumber("percentOfTarget").bigDecimalValue()), yearFigure.toString());
        JsonObject cityFigure = summaryFigureObject("year=" + year, "indicator", "patentsApplied");
        assertTrue(new BigDecimal(cityFigure.getString("target")).compareTo(new BigDecimal("205")) >= 0,
                cityFigure.toString());
        assertFalse(summaryFigureObject("year=" + year + "&county=" + LINJIANG, "indicator", "patentsGranted")
                .containsKey("target"), "no target, no target field");

        // a second one without version conflicts; replacing with a stale version too
        assertProblem(put(body(year, LINJIANG, "indicator", "patentsApplied", "210", null), Api.CITY_RW), 409,
                "summary.target.exists", "figure");
        long version = target.getJsonNumber("version").longValue();
        Reply replaced = put(body(year, LINJIANG, "indicator", "patentsApplied", "210.5", version), Api.CITY_RW);
        assertEquals(200, replaced.status(), replaced.body());
        assertEquals("210.5", replaced.json().getString("value"));
        assertProblem(put(body(year, LINJIANG, "indicator", "patentsApplied", "220", version), Api.CITY_RW), 409,
                "record.staleVersion", null);
        long current = replaced.json().getJsonNumber("version").longValue();
        assertProblem(Api.delete(TARGETS + "/" + id + "?version=" + version), 409, "record.staleVersion", null);

        // the county token: cannot set nor remove, sees its own county only
        assertProblem(put(body(year, YUNLING, "indicator", "patentsApplied", "5", null), Api.YUNLING_RW), 403,
                "outside-county", null);
        Reply countyRemove = Api.send(Api.request(TARGETS + "/" + id + "?version=" + current, Api.YUNLING_RW)
                .DELETE().build());
        assertEquals(403, countyRemove.status(), countyRemove.body());
        JsonArray own = list("year=" + year, Api.YUNLING_RW);
        assertTrue(own.stream().allMatch(t -> t.asJsonObject().getJsonNumber("countyId").longValue() == YUNLING),
                own.toString());
        assertEquals(403, Api.get(TARGETS + "?year=" + year + "&county=" + LINJIANG, "zh-CN", Api.YUNLING_RW).status());

        assertEquals(204, Api.delete(TARGETS + "/" + id + "?version=" + current).status());
        assertFalse(find(list("year=" + year, Api.CITY_RO), LINJIANG, "indicator", "patentsApplied").isPresent());
        assertProblem(Api.delete(TARGETS + "/" + id + "?version=" + current), 404, "not-found", null);
    }

    @Test
    void unknownFiguresNonCountiesAndNegativeValuesAreRefusedOnTheField() {
        int year = currentYear();
        assertProblem(put(body(year, LINJIANG, "indicator", "rainfall", "1", null), Api.CITY_RW), 422,
                "summary.target.figure", "figure");
        assertProblem(put(body(year, LINJIANG, "weather", "rainfall", "1", null), Api.CITY_RW), 422,
                "summary.target.section", "section");
        assertProblem(put(body(year, 1L, "financing", "newAmount", "100000000", null), Api.CITY_RW), 422,
                "summary.target.county", "countyId");
        assertProblem(put(body(year, LINJIANG, "financing", "newAmount", "-1", null), Api.CITY_RW), 422,
                "summary.target.negative", "value");
        Reply readOnly = put(body(year, LINJIANG, "financing", "newAmount", "100000000", null), Api.CITY_RO);
        assertEquals(403, readOnly.status(), readOnly.body());
        assertTrue(list("year=" + year + "&county=" + LINJIANG, Api.CITY_RO).stream()
                .map(JsonValue::asJsonObject).noneMatch(t -> t.getString("figure").equals("rainfall")));
    }

    private static int currentYear() {
        return BureauClock.today().getYear();
    }

    private static final class Json {
        static JsonArray array(String body) {
            try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
                return reader.readArray();
            }
        }
    }
}
