package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.TestData;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preparedness volunteers, the 三网一员 register and event photos as an integrator sees them, against the
 * deployed EAR with demo data (db/demo V11: 临江县's register with five gaps, 城关镇's volunteer team).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PreparednessRegisterApiIT {

    private static final String PROBLEM = "application/problem+json";
    private static final long LINJIANG = 2;
    private static final long YUNLING = 3;
    private static final long CHENGGUAN = 10;
    private static final long BAISHA = 17;
    private static final long CHASHAN_VILLAGE = 24;
    private static final long CHENGGUAN_ASSISTANT = 660000;
    private static final long CHENGGUAN_TEAM = 660000;
    private static final long SEED_DRILL = 630002;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    private static final byte[] PDF = "%PDF-1.4 a leaflet".getBytes(StandardCharsets.US_ASCII);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static Reply post(String path, String json, String token) {
        return Api.send(Api.request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static void assertProblem(Reply reply, int status, String field) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith(PROBLEM), reply.header("Content-Type"));
        if (field != null) {
            assertEquals(field, reply.json().getJsonArray("errors").getJsonObject(0).getString("field"), reply.body());
        }
    }

    private static String holderJson(String post, long placeId, String name, String phone) {
        return "{\"post\":\"" + post + "\",\"placeId\":" + placeId + ",\"name\":\"" + name + "\",\"phone\":\"" + phone
                + "\",\"since\":\"" + BureauClock.today() + "\"}";
    }

    /** The county's open posts as "post@placeId". */
    private static List<String> gaps(long countyId) {
        Reply reply = Api.get("/api/v1/preparedness/register/gaps?countyId=" + countyId);
        assertEquals(200, reply.status(), reply.body());
        List<String> gaps = new ArrayList<>();
        for (JsonValue item : reply.json().getJsonArray("items")) {
            JsonObject gap = item.asJsonObject();
            assertEquals(countyId, gap.getJsonObject("county").getJsonNumber("id").longValue());
            gaps.add(gap.getString("post") + "@" + gap.getJsonObject("place").getJsonNumber("id").longValue());
        }
        return gaps;
    }

    /** Whether the to-do list carries the open post (the integrator token sees every role's items). */
    private static boolean onTodoList(String post, long placeId) {
        for (int page = 0; page < 20; page++) {
            Reply reply = Api.get("/api/v1/todo?size=200&page=" + page);
            assertEquals(200, reply.status(), reply.body());
            var items = reply.json().getJsonArray("items");
            for (JsonValue value : items) {
                JsonObject item = value.asJsonObject();
                if (item.getString("kind").equals("preparedness.register.gap." + post)
                        && item.getString("recordId").equals(String.valueOf(placeId))) {
                    assertEquals("PREPAREDNESS_CLERK", item.getString("role"));
                    return true;
                }
            }
            if (items.size() < 200) {
                return false;
            }
        }
        return false;
    }

    private static Reply upload(long event, String fileName, byte[] bytes, String token) {
        String boundary = "----prep" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return Api.send(Api.request("/api/v1/preparedness/events/" + event + "/photos", token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** A new event of a new campaign in 城关镇, awaiting approval. */
    static long recordedEvent() {
        Reply campaign = Api.post("/api/v1/preparedness/campaigns", "{\"countyId\":" + LINJIANG + ",\"name\":\""
                + TestData.uniqueName("科技活动周") + "\",\"startsOn\":\"" + BureauClock.today().minusDays(5)
                + "\",\"endsOn\":\"" + BureauClock.today() + "\",\"leadOffice\":\"县地震局\",\"theme\":\"防震减灾\","
                + "\"memberUnits\":\"县科技局\",\"goalEvents\":2,\"goalPeople\":1000,\"goalSchools\":1,"
                + "\"materialGoals\":[{\"kind\":\"READER\",\"quantity\":100}]}");
        assertEquals(201, campaign.status(), campaign.body());
        Reply event = Api.post("/api/v1/preparedness/events", "{\"campaignId\":" + campaign.json().getJsonNumber("id")
                + ",\"townshipId\":" + CHENGGUAN + ",\"heldAt\":\"" + BureauClock.today().minusDays(1)
                + "T09:30:00\",\"venueKind\":\"SQUARE\",\"venueName\":\"月兔广场\",\"consultationDesk\":true,"
                + "\"displayBoards\":2,\"banners\":1,\"staff\":2,\"volunteers\":3,\"peopleReached\":100,"
                + "\"consultations\":10}");
        assertEquals(201, event.status(), event.body());
        return event.json().getJsonNumber("id").longValue();
    }

    @Test
    void theDemoRegisterShowsItsGapsAndCompleteness() {
        List<String> all = gaps(LINJIANG);
        // the demo's places (ids below 1000); other test classes add townships of their own to the county
        List<String> linjiang = all.stream().filter(gap -> Long.parseLong(gap.substring(gap.indexOf('@') + 1)) < 1000)
                .toList();
        assertEquals(List.of("RAPID_REPORTER@13", "MACRO_REPORTER@16", "ASSISTANT@17", "MACRO_REPORTER@19",
                "RAPID_REPORTER@19"), linjiang, "白沙乡's assistant left; 河口村, 石门村 and 沙坪村 lack reporters");
        assertTrue(onTodoList("ASSISTANT", BAISHA), "the township without an assistant is on the to-do list");

        JsonObject completeness = Api.get("/api/v1/preparedness/register/completeness?jurisdictionId=" + LINJIANG).json();
        int extra = all.size() - linjiang.size(); // the other classes' townships: an assistant each, none held
        assertEquals(17 + extra, completeness.getInt("required"), "3 assistants and 2 reporters in each of 7 villages");
        assertEquals(12, completeness.getInt("filled"));
        assertEquals(completeness.getInt("required") - all.size(), completeness.getInt("filled"), "a post held or a gap");
        if (extra == 0) {
            assertEquals("70.6", completeness.getString("percent"));
        }
        JsonObject township = Api.get("/api/v1/preparedness/register/completeness?jurisdictionId=" + CHENGGUAN).json();
        assertEquals(7, township.getInt("required"));
        assertEquals(6, township.getInt("filled"));

        JsonObject holder = Api.get("/api/v1/preparedness/register/" + CHENGGUAN_ASSISTANT).json();
        assertEquals("ASSISTANT", holder.getString("post"));
        assertEquals("138****0001", holder.getString("phone"), "the phone is masked");
    }

    @Test
    void onePostHasOneHolderAndItsGapLeavesAndReturnsToTheTodoList() {
        String post = "RAPID_REPORTER";
        assertTrue(gaps(YUNLING).contains(post + "@" + CHASHAN_VILLAGE), "云岭县 keeps no register yet");
        assertTrue(onTodoList(post, CHASHAN_VILLAGE));

        Reply appointed = post("/api/v1/preparedness/register",
                holderJson(post, CHASHAN_VILLAGE, TestData.uniqueName("速报员"), "13912345678"), Api.CITY_RW);
        assertEquals(201, appointed.status(), appointed.body());
        JsonObject holder = appointed.json();
        assertEquals("139****5678", holder.getString("phone"));
        assertEquals(YUNLING, holder.getJsonObject("county").getJsonNumber("id").longValue());
        assertEquals(23, holder.getJsonObject("township").getJsonNumber("id").longValue());
        long id = holder.getJsonNumber("id").longValue();

        Reply second = post("/api/v1/preparedness/register",
                holderJson(post, CHASHAN_VILLAGE, "另一人", "13900001111"), Api.CITY_RW);
        assertProblem(second, 409, "placeId");
        assertFalse(gaps(YUNLING).contains(post + "@" + CHASHAN_VILLAGE), "the post is held");
        assertFalse(onTodoList(post, CHASHAN_VILLAGE), "and off the to-do list");

        assertProblem(post("/api/v1/preparedness/register", holderJson("ASSISTANT", CHASHAN_VILLAGE, "王", "13900001111"),
                Api.CITY_RW), 422, "placeId");

        // a correction of name and since-date keeps the post; a future since-date is refused on its field
        String since = BureauClock.today().minusMonths(2).toString();
        assertProblem(Api.put("/api/v1/preparedness/register/" + id, "{\"version\":"
                + holder.getJsonNumber("version").longValue() + ",\"name\":\"更正\",\"phone\":\"13912345678\","
                + "\"since\":\"" + BureauClock.today().plusDays(1) + "\"}"), 422, "since");
        assertProblem(Api.put("/api/v1/preparedness/register/" + id, "{\"version\":99,\"name\":\"更正\","
                + "\"phone\":\"13912345678\"}"), 409, null);
        Reply corrected = Api.put("/api/v1/preparedness/register/" + id, "{\"version\":"
                + holder.getJsonNumber("version").longValue() + ",\"name\":\"更正\",\"phone\":\"13912345678\","
                + "\"since\":\"" + since + "\"}");
        assertEquals(200, corrected.status(), corrected.body());
        assertEquals(since, corrected.json().getString("since"));
        assertEquals("更正", corrected.json().getString("name"));
        assertFalse(gaps(YUNLING).contains(post + "@" + CHASHAN_VILLAGE), "still held");

        Reply stale = post("/api/v1/preparedness/register/" + id + "/end", "{\"version\":" + 99 + "}", Api.CITY_RW);
        assertProblem(stale, 409, null);
        Reply ended = post("/api/v1/preparedness/register/" + id + "/end",
                "{\"version\":" + corrected.json().getJsonNumber("version").longValue() + "}", Api.CITY_RW);
        assertEquals(200, ended.status(), ended.body());
        assertEquals(BureauClock.today().toString(), ended.json().getString("endedOn"));
        assertTrue(gaps(YUNLING).contains(post + "@" + CHASHAN_VILLAGE), "open again");
        assertTrue(onTodoList(post, CHASHAN_VILLAGE), "and back on the to-do list");
    }

    @Test
    void aCountySeesAndChangesOnlyItsOwnRegister() {
        String yunling = Api.YUNLING_RW;
        Reply list = Api.get("/api/v1/preparedness/register?size=200&ended=true", null, yunling);
        assertEquals(200, list.status(), list.body());
        for (JsonValue item : list.json().getJsonArray("items")) {
            assertEquals(YUNLING, item.asJsonObject().getJsonObject("county").getJsonNumber("id").longValue());
        }
        assertEquals(404, Api.get("/api/v1/preparedness/register/" + CHENGGUAN_ASSISTANT, null, yunling).status());
        assertEquals(403, Api.get("/api/v1/preparedness/register/gaps?countyId=" + LINJIANG, null, yunling).status());
        assertProblem(post("/api/v1/preparedness/register", holderJson("RAPID_REPORTER", 13, "王", "13900001111"),
                yunling), 403, null);
        assertEquals(404, Api.get("/api/v1/preparedness/volunteer-teams/" + CHENGGUAN_TEAM, null, yunling).status());
        for (JsonValue item : Api.get("/api/v1/preparedness/volunteer-teams?size=200", null, yunling).json()
                .getJsonArray("items")) {
            assertEquals(YUNLING, item.asJsonObject().getJsonObject("county").getJsonNumber("id").longValue());
        }
    }

    @Test
    void aTeamsHoursAreItsMembersAttendanceSummed() {
        JsonObject demo = Api.get("/api/v1/preparedness/volunteer-teams/" + CHENGGUAN_TEAM).json();
        assertEquals("25.0", demo.getString("hours"), "9 + 9 + 2.5 + 4.5");
        assertEquals(4, demo.getJsonArray("members").size());
        for (JsonValue member : demo.getJsonArray("members")) {
            assertTrue(member.asJsonObject().getString("phone").contains("****"), member.toString());
        }

        Reply team = post("/api/v1/preparedness/volunteer-teams", "{\"townshipId\":" + CHENGGUAN + ",\"name\":\""
                + TestData.uniqueName("志愿者队") + "\",\"leader\":\"陈刚\"}", Api.CITY_RW);
        assertEquals(201, team.status(), team.body());
        long teamId = team.json().getJsonNumber("id").longValue();
        Reply member = post("/api/v1/preparedness/volunteer-teams/" + teamId + "/members",
                "{\"name\":\"林小明\",\"phone\":\"13712345678\",\"skills\":\"急救\",\"joinedOn\":\"2026-01-05\"}",
                Api.CITY_RW);
        assertEquals(201, member.status(), member.body());
        assertEquals("137****5678", member.json().getString("phone"));
        long memberId = member.json().getJsonNumber("id").longValue();
        String activities = "/api/v1/preparedness/volunteer-teams/" + teamId + "/members/" + memberId + "/activities";
        LocalDate day = BureauClock.today().minusDays(1);
        assertEquals(201, post(activities, "{\"kind\":\"TRAINING\",\"title\":\"应急救护培训\",\"heldOn\":\"" + day
                + "\",\"hours\":2.5}", Api.CITY_RW).status());
        Reply drill = post(activities, "{\"kind\":\"DRILL\",\"eventId\":" + SEED_DRILL + ",\"hours\":1.5}", Api.CITY_RW);
        assertEquals(201, drill.status(), drill.body());
        assertEquals("2026-05-14", drill.json().getString("heldOn"), "the drill event's day");
        assertProblem(post(activities, "{\"kind\":\"TRAINING\",\"title\":\"培训\",\"heldOn\":\"" + day
                + "\",\"hours\":25}", Api.CITY_RW), 422, "hours");

        JsonObject read = Api.get("/api/v1/preparedness/volunteer-teams/" + teamId).json();
        assertEquals("4.0", read.getString("hours"));
        assertEquals("4.0", read.getJsonArray("members").getJsonObject(0).getString("hours"));
        assertEquals(2, read.getJsonArray("activities").size());

        JsonObject may = Api.get("/api/v1/preparedness/volunteer-teams/hours?jurisdictionId=" + LINJIANG
                + "&from=2026-05-01&to=2026-05-31").json();
        assertTrue(new BigDecimal(may.getString("hours")).compareTo(new BigDecimal("10.0")) >= 0,
                "the seed's drill (8.5 h) and this one (1.5 h): " + may);
    }

    @Test
    void anEventTakesPhotosAndRefusesOtherFiles() {
        long eventId = recordedEvent();

        Reply photo = upload(eventId, "广场咨询台.jpg", JPEG, Api.CITY_RW);
        assertEquals(201, photo.status(), photo.body());
        assertEquals("image/jpeg", photo.json().getString("contentType"));
        assertEquals("广场咨询台.jpg", photo.json().getString("fileName"));
        long photoId = photo.json().getJsonNumber("id").longValue();

        assertProblem(upload(eventId, "leaflet.jpg", PDF, Api.CITY_RW), 422, "file");
        if (!"wildfly".equals(System.getProperty("arquillian.launch"))) { // WildFly resets the stream (README)
            assertProblem(upload(eventId, "huge.jpg", Arrays.copyOf(JPEG, 5 * 1024 * 1024 + 1), Api.CITY_RW), 422,
                    "file");
        }

        JsonObject list = Api.get("/api/v1/preparedness/events/" + eventId + "/photos").json();
        assertEquals(1, list.getJsonArray("items").size());
        Reply bytes = Api.get("/api/v1/preparedness/events/" + eventId + "/photos/" + photoId);
        assertEquals(200, bytes.status());
        assertEquals("image/jpeg", bytes.header("Content-Type"));
        assertEquals(404, Api.get("/api/v1/preparedness/events/" + eventId + "/photos/" + photoId, null,
                Api.YUNLING_RW).status(), "another county's photo is not found");
        assertEquals(404, upload(eventId, "x.jpg", JPEG, Api.YUNLING_RW).status());
        assertEquals(404, Api.get("/api/v1/preparedness/events/" + 630000 + "/photos/" + photoId).status(),
                "a photo of another event");
        assertProblem(upload(630000, "late.jpg", JPEG, Api.CITY_RW), 409, null);
    }
}
