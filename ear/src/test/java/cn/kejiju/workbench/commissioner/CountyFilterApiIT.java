package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.PageClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.kejiju.workbench.commissioner.ApiFixtures.LINJIANG;
import static cn.kejiju.workbench.commissioner.ApiFixtures.YUNLING;
import static cn.kejiju.workbench.commissioner.ApiFixtures.created;
import static cn.kejiju.workbench.commissioner.ApiFixtures.errorField;
import static cn.kejiju.workbench.commissioner.ApiFixtures.get;
import static cn.kejiju.workbench.commissioner.ApiFixtures.id;
import static cn.kejiju.workbench.commissioner.ApiFixtures.log;
import static cn.kejiju.workbench.commissioner.ApiFixtures.openAssignment;
import static cn.kejiju.workbench.commissioner.ApiFixtures.post;
import static cn.kejiju.workbench.commissioner.ApiFixtures.register;
import static cn.kejiju.workbench.commissioner.ApiFixtures.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * City users see counties: every commissioner list of the API takes {@code ?county=} (filtered in the
 * database; an id that is no county 422, another county for a county token 403), and the leaders' review
 * to-dos follow the approval queue of a county, each opening its log, the badge of the pages with them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CountyFilterApiIT {

    private static final List<String> LISTS = List.of("/api/v1/commissioners", "/api/v1/assignments",
            "/api/v1/demands", "/api/v1/service-logs");
    private static final Pattern COUNTY_CELL = Pattern.compile("id=\"approvalsForm:logs:\\d+:countyName\">([^<]*)<");
    private static final Pattern BADGE = Pattern.compile("wb-menu-badge\">(\\d+)<");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static List<JsonObject> items(Reply reply) {
        JsonValue body = reply.json().containsKey("items") ? reply.json().getJsonArray("items") : null;
        return body == null ? List.of() : ((JsonArray) body).getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> assessments(String query, String token) {
        Reply reply = get("/api/v1/assessments?year=" + ApiFixtures.today().getYear() + query, token);
        assertEquals(200, reply.status(), reply.body());
        return Json.createReader(new java.io.StringReader(reply.body())).readArray().getValuesAs(JsonObject.class);
    }

    @Test
    void everyListNarrowsToTheCountyAskedForInTheDatabase() {
        long commissioner = id(register(YUNLING));
        created(openAssignment(commissioner, "VILLAGE", 21, Api.YUNLING_RW));
        for (String list : LISTS) {
            for (long county : List.of(YUNLING, LINJIANG)) {
                Reply reply = get(list + "?size=200&county=" + county, Api.CITY_RO);
                assertEquals(200, reply.status(), list + ": " + reply.body());
                assertTrue(items(reply).stream().allMatch(item -> item.getJsonObject("county").getJsonNumber("id")
                        .longValue() == county), list + " of county " + county + ": " + reply.body());
                long all = get(list + "?size=1", Api.CITY_RO).json().getJsonNumber("total").longValue();
                assertTrue(reply.json().getJsonNumber("total").longValue() <= all, list);
            }
        }
        assertTrue(items(get("/api/v1/commissioners?size=200&county=" + YUNLING, Api.CITY_RO)).stream()
                .anyMatch(item -> id(item) == commissioner), "the new commissioner is in its county's list");
        assertFalse(items(get("/api/v1/commissioners?size=200&county=" + LINJIANG, Api.CITY_RO)).stream()
                .anyMatch(item -> id(item) == commissioner), "and not in another's");
        List<JsonObject> rows = assessments("&county=" + YUNLING, Api.CITY_RO);
        assertTrue(rows.stream().anyMatch(row -> row.getJsonNumber("commissionerId").longValue() == commissioner));
        assertTrue(rows.stream().allMatch(row -> row.getJsonObject("county").getJsonNumber("id").longValue() == YUNLING));
        JsonObject row = rows.stream().filter(r -> r.getJsonNumber("commissionerId").longValue() == commissioner)
                .findFirst().orElseThrow();
        assertFalse(row.getJsonArray("reasons").isEmpty(), "every grade says why: " + row);
        assertFalse(row.getJsonArray("reasons").getJsonObject(0).getString("text").startsWith("assessment."),
                "in words: " + row);
    }

    @Test
    void aCountyThatIsNoneIsRefusedAndACountyTokenMayNameOnlyItsOwn() {
        for (String list : List.of("/api/v1/commissioners", "/api/v1/assignments", "/api/v1/demands",
                "/api/v1/service-logs", "/api/v1/assessments")) {
            for (long notACounty : List.of(999_999L, 21L)) {
                Reply refused = get(list + "?county=" + notACounty, Api.CITY_RO);
                assertEquals(422, refused.status(), list + ": " + refused.body());
                assertEquals("county", errorField(refused));
            }
            Reply other = get(list + "?county=" + LINJIANG, Api.YUNLING_RW);
            assertEquals(403, other.status(), list + ": " + other.body());
            assertTrue(other.json().getString("type").endsWith("forbidden.outside-county"), other.body());
            assertEquals(200, get(list + "?county=" + YUNLING, Api.YUNLING_RW).status(), list + ": its own county");
        }
    }

    @Test
    void approvingTakesTheLogOffTheQueueAndTheLeadersToDosAtOnceAndEachItemOpensItsLog() {
        long commissioner = id(register(YUNLING));
        long assignment = id(created(openAssignment(commissioner, "VILLAGE", 21, Api.YUNLING_RW)));
        JsonObject first = ApiFixtures.submitLog(log(assignment), Api.YUNLING_RW);
        JsonObject second = ApiFixtures.submitLog(log(assignment), Api.YUNLING_RW);

        for (JsonObject submitted : List.of(first, second)) {
            JsonObject item = reviewToDo(id(submitted));
            assertEquals("/commissioner/log.xhtml?id=" + id(submitted), item.getString("link"), "opens its record");
            assertEquals("LEADER", item.getString("role"));
            assertEquals(YUNLING, item.getJsonNumber("countyId").longValue());
        }
        PageClient leader = new PageClient();
        leader.login("leader", "Demo@2026");
        int badge = badge(leader.open("/commissioner/approvals.xhtml?county=" + YUNLING).body());
        assertTrue(leader.body().contains("approvalsForm:logs:0:countyName"), "the county column for the city");
        Matcher county = COUNTY_CELL.matcher(leader.body());
        while (county.find()) {
            assertEquals("云岭县", county.group(1), "the queue of 云岭县 only");
        }
        long queue = queueLength(YUNLING);
        long toDos = reviewToDos(YUNLING);

        Reply approved = post("/api/v1/service-logs/" + id(first) + "/approval",
                Json.createObjectBuilder().add("version", version(first)).build(), Api.CITY_RW);
        assertEquals(200, approved.status(), approved.body());

        assertEquals(queue - 1, queueLength(YUNLING), "the queue is one shorter");
        assertEquals(toDos - 1, reviewToDos(YUNLING), "and so are the leaders' to-dos, at once");
        assertEquals(badge - 1, badge(leader.open("/commissioner/approvals.xhtml").body()), "and the badge");
        assertTrue(reviewToDoOrNull(id(first)) == null, "the approved log awaits nobody");
    }

    private static int badge(String page) {
        Matcher badge = BADGE.matcher(page);
        assertTrue(badge.find(), "the leader has a badge");
        return Integer.parseInt(badge.group(1));
    }

    private static long queueLength(long county) {
        return get("/api/v1/service-logs?status=SUBMITTED&size=1&county=" + county, Api.CITY_RO).json()
                .getJsonNumber("total").longValue();
    }

    private static List<JsonObject> openToDos() {
        List<JsonObject> all = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            JsonObject items = get("/api/v1/todo?size=200&page=" + page, Api.CITY_RO).json();
            all.addAll(items.getJsonArray("items").getValuesAs(JsonObject.class));
            if ((long) (page + 1) * 200 >= items.getJsonNumber("total").longValue()) {
                return all;
            }
        }
    }

    private static long reviewToDos(long county) {
        return openToDos().stream().filter(item -> item.getString("kind").equals("commissioner.review.logAwaitingApproval")
                && !item.isNull("countyId") && item.getJsonNumber("countyId").longValue() == county).count();
    }

    private static JsonObject reviewToDoOrNull(long log) {
        return openToDos().stream().filter(item -> item.getString("kind").equals("commissioner.review.logAwaitingApproval")
                && item.getString("recordId").equals(String.valueOf(log))).findFirst().orElse(null);
    }

    private static JsonObject reviewToDo(long log) {
        JsonObject item = reviewToDoOrNull(log);
        assertTrue(item != null, "log " + log + " is on the leaders' list");
        return item;
    }
}
