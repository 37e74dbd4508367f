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

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preparedness API as an integrator sees it, against the deployed EAR with demo data. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PreparednessApiIT {

    private static final String PROBLEM = "application/problem+json";
    private static final long LINJIANG = 2;
    private static final long YUNLING = 3;
    private static final long CHENGGUAN = 10;
    private static final long CHASHAN = 23;
    /** The seed's 5·12 week in 临江县 and its square event on 月兔广场. */
    private static final long SEED_CAMPAIGN = 630000;
    private static final long SEED_SQUARE = 630000;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static String campaignJson(long countyId) {
        LocalDate today = BureauClock.today();
        return "{\"countyId\":" + countyId + ",\"name\":\"" + TestData.uniqueName("应急知识宣传月") + "\","
                + "\"theme\":\"防震减灾\",\"startsOn\":\"" + today.minusDays(20) + "\",\"endsOn\":\"" + today + "\","
                + "\"leadOffice\":\"县地震局\",\"memberUnits\":\"县科技局\",\"goalEvents\":2,\"goalPeople\":1000,"
                + "\"goalSchools\":1,\"materialGoals\":[{\"kind\":\"READER\",\"quantity\":100}]}";
    }

    private static String eventJson(long campaignId, long townshipId, String venueKind, String venue, int people) {
        return "{\"campaignId\":" + campaignId + ",\"townshipId\":" + townshipId + ",\"heldAt\":\""
                + BureauClock.today().minusDays(2) + "T09:30:00\",\"venueKind\":\"" + venueKind + "\",\"venueName\":\""
                + venue + "\",\"consultationDesk\":true,\"displayBoards\":4,\"banners\":1,\"staff\":3,"
                + "\"volunteers\":5,\"peopleReached\":" + people + ",\"consultations\":40,"
                + "\"leadersPresent\":\"局长 王强\"}";
    }

    private static long plan(long countyId) {
        Reply created = Api.post("/api/v1/preparedness/campaigns", campaignJson(countyId));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static JsonObject record(long campaignId, long townshipId, String venueKind, String venue, int people) {
        Reply created = Api.post("/api/v1/preparedness/events", eventJson(campaignId, townshipId, venueKind, venue, people));
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    private static Reply post(String path, String json, String token) {
        return Api.send(Api.request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static String move(String kind, int quantity) {
        return "{\"kind\":\"" + kind + "\",\"quantity\":" + quantity + "}";
    }

    private static void receive(long countyId, String kind, int quantity) {
        Reply received = Api.post("/api/v1/preparedness/materials/receipts",
                "{\"countyId\":" + countyId + ",\"kind\":\"" + kind + "\",\"quantity\":" + quantity + "}");
        assertEquals(200, received.status(), received.body());
    }

    /** What the county has of the kind in store (0 when never received). */
    private static long onHand(long countyId, String kind) {
        return stock(countyId, kind, "onHand");
    }

    private static long stock(long countyId, String kind, String field) {
        for (JsonValue item : Api.get("/api/v1/preparedness/materials/stock?countyId=" + countyId).json()
                .getJsonArray("items")) {
            JsonObject stock = item.asJsonObject();
            if (stock.getString("kind").equals(kind)) {
                return stock.getJsonNumber(field).longValue();
            }
        }
        return 0;
    }

    private static JsonObject goal(JsonObject campaign, String goal) {
        for (JsonValue item : campaign.getJsonArray("progress")) {
            if (item.asJsonObject().getString("goal").equals(goal)) {
                return item.asJsonObject();
            }
        }
        throw new AssertionError("no goal " + goal + " in " + campaign);
    }

    private static void assertProblem(Reply reply, int status, String field) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith(PROBLEM), reply.header("Content-Type"));
        if (field != null) {
            assertEquals(field, reply.json().getJsonArray("errors").getJsonObject(0).getString("field"), reply.body());
        }
    }

    @Test
    void theSeedsWeekCountsItsApprovedEvents() {
        JsonObject campaign = Api.get("/api/v1/preparedness/campaigns/" + SEED_CAMPAIGN).json();

        assertEquals("5·12 防灾减灾日宣传周", campaign.getString("name"));
        assertEquals("临江县", campaign.getJsonObject("county").getString("name"));
        assertEquals(3, goal(campaign, "events").getInt("actual"), "the film screening awaits approval");
        assertEquals(50, goal(campaign, "events").getInt("percent"));
        assertEquals(3100, goal(campaign, "people").getInt("actual"));
        assertEquals(1, goal(campaign, "schools").getInt("actual"));
        assertEquals(600, goal(campaign, "materials.READER").getInt("actual"));
        assertEquals(500, goal(campaign, "materials.HANDBOOK").getInt("actual"));
        assertEquals(10, goal(campaign, "materials.DISPLAY_BOARD").getInt("actual"));
        assertEquals(100, goal(campaign, "materials.DISPLAY_BOARD").getInt("percent"));
        assertEquals(2, goal(campaign, "materials.BANNER").getInt("actual"));
        assertEquals(380, campaign.getInt("consultations"));

        JsonObject square = Api.get("/api/v1/preparedness/events/" + SEED_SQUARE).json();
        assertEquals("月兔广场", square.getString("venueName"));
        assertEquals(10, square.getInt("displayBoards"));
        assertEquals(2, square.getInt("banners"));
        JsonObject materials = Api.get("/api/v1/preparedness/events/" + SEED_SQUARE + "/materials").json();
        assertEquals(6, materials.getJsonArray("movements").size());
        assertEquals(0, materials.getJsonArray("outstanding").size(), "boards and banners came back");
    }

    @Test
    void anEventCountsTowardsItsCampaignOnceALeaderApprovedIt() {
        long campaign = plan(LINJIANG);
        receive(LINJIANG, "READER", 50);
        JsonObject event = record(campaign, CHENGGUAN, "SCHOOL", "城关第一小学", 450);
        long id = event.getJsonNumber("id").longValue();
        assertEquals("RECORDED", event.getString("status"));
        assertEquals(200, Api.post("/api/v1/preparedness/events/" + id + "/issues", move("READER", 50)).status());

        JsonObject before = Api.get("/api/v1/preparedness/campaigns/" + campaign).json();
        assertEquals(0, goal(before, "events").getInt("actual"));
        assertEquals(0, goal(before, "materials.READER").getInt("actual"));

        Reply approved = Api.post("/api/v1/preparedness/events/" + id + "/approval",
                "{\"version\":" + event.getJsonNumber("version").longValue() + "}");
        assertEquals(200, approved.status(), approved.body());
        assertEquals("APPROVED", approved.json().getString("status"));

        JsonObject after = Api.get("/api/v1/preparedness/campaigns/" + campaign).json();
        assertEquals(1, goal(after, "events").getInt("actual"));
        assertEquals(50, goal(after, "events").getInt("percent"));
        assertEquals(450, goal(after, "people").getInt("actual"));
        assertEquals(1, goal(after, "schools").getInt("actual"));
        assertEquals(50, goal(after, "materials.READER").getInt("actual"));
        assertEquals(50, goal(after, "materials.READER").getInt("percent"));
        assertEquals(40, after.getInt("consultations"));

        Reply revised = Api.put("/api/v1/preparedness/events/" + id,
                eventJson(campaign, CHENGGUAN, "SCHOOL", "城关第一小学", 9999).replace("}",
                        ",\"version\":" + approved.json().getJsonNumber("version").longValue() + "}"));
        assertProblem(revised, 409, null);
        assertEquals(450, Api.get("/api/v1/preparedness/events/" + id).json().getInt("peopleReached"));
    }

    @Test
    void anIssueLargerThanTheStockIsRefusedWithTheQuantityAvailable() {
        long campaign = plan(LINJIANG);
        long event = record(campaign, CHENGGUAN, "SQUARE", "月兔广场", 100).getJsonNumber("id").longValue();
        receive(LINJIANG, "FOLDER", 3);
        long available = onHand(LINJIANG, "FOLDER");

        Reply refused = Api.post("/api/v1/preparedness/events/" + event + "/issues", move("FOLDER", (int) available + 1));

        assertProblem(refused, 409, "quantity");
        assertTrue(refused.json().getString("detail").contains(String.valueOf(available)), refused.body());
        assertEquals(available, onHand(LINJIANG, "FOLDER"), "nothing taken");
        assertEquals(0, Api.get("/api/v1/preparedness/events/" + event + "/materials").json()
                .getJsonArray("movements").size(), "nothing written");
    }

    @Test
    void ofManyIssuesOfTheLastCopiesAtOnceExactlyThePossibleOnesSucceed() throws Exception {
        long campaign = plan(LINJIANG);
        long drain = record(campaign, CHENGGUAN, "SQUARE", "月兔广场", 10).getJsonNumber("id").longValue();
        long event = record(campaign, CHENGGUAN, "COMMUNITY", "城关社区", 10).getJsonNumber("id").longValue();
        long left = onHand(LINJIANG, "SOUVENIR");
        if (left > 0) {
            assertEquals(200, Api.post("/api/v1/preparedness/events/" + drain + "/issues",
                    move("SOUVENIR", (int) left)).status());
        }
        receive(LINJIANG, "SOUVENIR", 7);
        int clerks = 12;
        ExecutorService pool = Executors.newFixedThreadPool(clerks);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < clerks; i++) {
                Callable<Integer> issue = () -> {
                    start.await();
                    return Api.post("/api/v1/preparedness/events/" + event + "/issues", move("SOUVENIR", 2)).status();
                };
                answers.add(pool.submit(issue));
            }
            start.countDown();
            int issued = 0;
            int refused = 0;
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                if (status == 200) {
                    issued++;
                } else {
                    assertEquals(409, status);
                    refused++;
                }
            }
            assertEquals(3, issued, "7 copies give three issues of 2");
            assertEquals(clerks - 3, refused);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, onHand(LINJIANG, "SOUVENIR"), "never below zero: one copy left");
        JsonObject materials = Api.get("/api/v1/preparedness/events/" + event + "/materials").json();
        assertEquals(3, materials.getJsonArray("movements").size(), "one movement per issue that succeeded");
    }

    @Test
    void reusableItemsAreLentAndReturnedNotIssued() {
        long campaign = plan(LINJIANG);
        long event = record(campaign, CHENGGUAN, "SQUARE", "月兔广场", 100).getJsonNumber("id").longValue();
        receive(LINJIANG, "BANNER", 2);
        long store = onHand(LINJIANG, "BANNER");
        long lent = stock(LINJIANG, "BANNER", "lent");
        String path = "/api/v1/preparedness/events/" + event;

        assertProblem(Api.post(path + "/issues", move("BANNER", 1)), 422, "kind");
        assertEquals(200, Api.post(path + "/loans", move("BANNER", 2)).status());
        assertEquals(store - 2, onHand(LINJIANG, "BANNER"));
        assertEquals(lent + 2, stock(LINJIANG, "BANNER", "lent"));
        JsonObject outstanding = Api.get(path + "/materials").json().getJsonArray("outstanding").getJsonObject(0);
        assertEquals("BANNER", outstanding.getString("kind"));
        assertEquals(2, outstanding.getInt("quantity"));

        Reply tooMany = Api.post(path + "/returns", move("BANNER", 3));
        assertProblem(tooMany, 422, "quantity");
        assertTrue(tooMany.json().getString("detail").contains("2"), tooMany.body());

        Reply back = Api.post(path + "/returns", move("BANNER", 2));
        assertEquals(200, back.status(), back.body());
        assertEquals(store, onHand(LINJIANG, "BANNER"));
        assertEquals(lent, stock(LINJIANG, "BANNER", "lent"));
        assertEquals(0, Api.get(path + "/materials").json().getJsonArray("outstanding").size());
    }

    @Test
    void anEventIsHeldInATownshipOfItsCampaignsCountyWithinItsPeriod() {
        long campaign = plan(LINJIANG);
        assertProblem(Api.post("/api/v1/preparedness/events", eventJson(campaign, CHASHAN, "SQUARE", "茶山广场", 10)),
                422, "townshipId");
        String tooEarly = eventJson(campaign, CHENGGUAN, "SQUARE", "月兔广场", 10)
                .replace(BureauClock.today().minusDays(2) + "T", BureauClock.today().minusDays(40) + "T");
        assertProblem(Api.post("/api/v1/preparedness/events", tooEarly), 422, "heldAt");
        assertProblem(Api.post("/api/v1/preparedness/events",
                eventJson(campaign, CHENGGUAN, "PARK", "月兔广场", 10)), 400, "venueKind");
    }

    @Test
    void aCountySeesAndChangesOnlyItsOwnCampaignsEventsAndStock() {
        String yunling = Api.YUNLING_RW;
        assertEquals(404, Api.get("/api/v1/preparedness/campaigns/" + SEED_CAMPAIGN, "zh-CN", yunling).status());
        assertEquals(404, Api.get("/api/v1/preparedness/events/" + SEED_SQUARE, "zh-CN", yunling).status());
        assertEquals(404, post("/api/v1/preparedness/events/" + SEED_SQUARE + "/issues", move("READER", 1), yunling)
                .status());
        assertEquals(403, Api.get("/api/v1/preparedness/campaigns?countyId=" + LINJIANG, "zh-CN", yunling).status());

        for (JsonValue item : Api.get("/api/v1/preparedness/campaigns?size=200", "zh-CN", yunling).json()
                .getJsonArray("items")) {
            assertEquals(YUNLING, item.asJsonObject().getJsonObject("county").getJsonNumber("id").longValue());
        }
        for (JsonValue item : Api.get("/api/v1/preparedness/materials/stock", "zh-CN", yunling).json()
                .getJsonArray("items")) {
            assertEquals(YUNLING, item.asJsonObject().getJsonObject("county").getJsonNumber("id").longValue());
        }
        Reply foreignCampaign = post("/api/v1/preparedness/campaigns", campaignJson(LINJIANG), yunling);
        assertEquals(403, foreignCampaign.status(), foreignCampaign.body());
        assertProblem(post("/api/v1/preparedness/materials/receipts",
                "{\"countyId\":" + LINJIANG + ",\"kind\":\"READER\",\"quantity\":5}", yunling), 403, null);

        Reply own = post("/api/v1/preparedness/campaigns", campaignJson(YUNLING).replace(
                "\"countyId\":" + YUNLING + ",", ""), yunling);
        assertEquals(201, own.status(), own.body());
        assertEquals(YUNLING, own.json().getJsonObject("county").getJsonNumber("id").longValue());
        assertNotNull(own.header("Location"));
    }

    @Test
    void aReadOnlyTokenReadsButDoesNotWrite() {
        assertEquals(200, Api.get("/api/v1/preparedness/campaigns", "zh-CN", Api.CITY_RO).status());
        assertEquals(403, post("/api/v1/preparedness/campaigns", campaignJson(LINJIANG), Api.CITY_RO).status());
        assertEquals(403, post("/api/v1/preparedness/events/" + SEED_SQUARE + "/approval", "{\"version\":1}",
                Api.CITY_RO).status());
    }
}
